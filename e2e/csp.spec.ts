/** The built app (`npm run build`, under `vite preview`) runs under its Content-Security-Policy without one violation. */
import type { Page } from '@playwright/test';
import { APP_CSP, serializeCsp } from '../scripts/csp';
import { expect, test } from './fixtures';
import { FlowPage } from './pages/flow-page';
import { LabPage } from './pages/lab-page';

/** Records every `securitypolicyviolation` of the page on `window.cspViolations`, from before any script runs. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the built page carries the policy, before any script', async ({ page }) => {
  await page.goto('./');
  const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', serializeCsp(APP_CSP));
  // A meta policy governs only what comes after it.
  const before = await page.evaluate(() => {
    const m = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    return [...document.querySelectorAll('script, link[rel="stylesheet"], style')].every((el) => m.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before).toBe(true);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the policy is enforced: an inline script is refused and reported', async ({ page }) => {
  await watchViolations(page);
  await page.goto('./');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
    return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src-elem blocked inline/));
});

test('exercising the lab and the flow triggers no violation and no console error', async ({ page, consoleErrors, requests }) => {
  test.setTimeout(60_000);
  await watchViolations(page);
  const lab = new LabPage(page);
  const flow = new FlowPage(page);
  await lab.goto();
  await flow.open();
  await expect(flow.node('sts')).toBeVisible();

  await lab.loadExample('s3-presigned');
  await expect(lab.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  await flow.open();
  for (let i = 1; i <= 3; i++) {
    await flow.control('next').click();
    await expect(flow.step).toHaveAttribute('data-value', String(i));
  }
  await flow.control('play').click();
  await expect.poll(() => flow.stepNumber()).toBeGreaterThan(3);
  await lab.open();
  await lab.requestInput.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('&x=1');
  await expect(lab.requestInput).toHaveValue(/&x=1$/);

  // A small dropped body is hashed on the page; one of 1 MiB or more in the worker.
  await lab.loadExample('sts-assume-role');
  await lab.dropFile(4096, 'small.bin');
  await expect(page.getByTestId('body-file')).toHaveAttribute('data-value', '4096');
  await lab.dropFile(1 << 20, 'big.bin');
  await expect(page.getByTestId('body-file')).toHaveAttribute('data-value', String(1 << 20));
  await expect(page.getByTestId('hash-progress')).toHaveAttribute('data-value', '100', { timeout: 30_000 });
  await expect(lab.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);

  expect(await violations(page)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
});
