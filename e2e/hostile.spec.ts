/** Hostile and extreme input in the browser: the page answers, stays small and never goes blank. */
import { expect, test } from './fixtures';
import { FlowPage } from './pages/flow-page';

test.use({ locale: 'en-US' });

/** Sets the request editor's value in one go and fires one input event, as a paste does. */
async function paste(page: import('@playwright/test').Page, text: string): Promise<void> {
  await page.getByTestId('request-input').evaluate((el, value) => {
    // The prototype's setter, so React sees a value change as it does for a paste.
    Reflect.set(HTMLTextAreaElement.prototype, 'value', value, el);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const domSize = (page: import('@playwright/test').Page) => page.evaluate(() => document.querySelectorAll('*').length);

test('25,000 headers: signed in seconds, drawn clipped, the page keeps a bounded DOM', async ({ lab, page }) => {
  const headers = Array.from({ length: 25_000 }, (_, i) => `X-H${i}: v${i}`).join('\n');
  const started = Date.now();
  // Pasted as a browser pastes: the value set at once, then one input event (typing it would take minutes).
  await paste(page, `GET / HTTP/1.1\nHost: iam.amazonaws.com\n${headers}\n`);
  await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', /x-h24999:v24999\n/, { timeout: 25_000 });
  // About 3.5 s alone on this machine; up to 15 s while the suite's other worker runs beside it on its two cores.
  expect(Date.now() - started).toBeLessThan(20_000);
  await expect(lab.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  expect(await domSize(page)).toBeLessThan(40_000);
});

test('a 128 KB run of blanks in a header value and a 218-byte policy with 18 wildcards answer at once', async ({ lab, page }) => {
  await paste(page, `GET / HTTP/1.1\nHost: iam.amazonaws.com\nX-A: a${' '.repeat(128 * 1024)}b\n`);
  await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', /\nx-a:a b\n/, { timeout: 10_000 });
  const flow = new FlowPage(page);
  await flow.open();
  await page.getByTestId('view-flow').click();
  // 18 wildcards that cannot match sts:AssumeRole: a backtracking matcher took 27 s on this.
  const policy = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:${'*s'.repeat(18)}x"}]}`;
  const t0 = Date.now();
  await flow.policy.fill(policy);
  await expect(flow.verdict).toHaveAttribute('data-value', 'deny', { timeout: 5_000 });
  expect(Date.now() - t0).toBeLessThan(5_000);
});

test('a policy nested 10,000 deep is a located error, and the last valid policy stays in force', async ({ page }) => {
  const flow = new FlowPage(page);
  await page.goto('./');
  await flow.open();
  await flow.policy.fill('['.repeat(10_000) + ']'.repeat(10_000));
  await expect(page.getByTestId('trust-policy-error')).toContainText(/Line 1, column \d+/);
  await expect(page.getByTestId('trust-policy-error')).toContainText('512');
  await expect(flow.verdict).toHaveAttribute('data-value', 'allow');
});
