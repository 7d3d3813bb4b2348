/** One story: the guided tour, presenter mode, languages and themes remembered, links that reopen a view, privacy. */
import { expect, test } from './fixtures';
import { FlowPage } from './pages/flow-page';
import { LabPage } from './pages/lab-page';

test('the tour tells the story in order and drives the graph and the lab', async ({ lab, page }) => {
  const flow = new FlowPage(page);
  await flow.open();
  const step = page.getByTestId('tour-step');
  await expect(step).toHaveAttribute('data-value', '0');
  const expected: [number, string, () => Promise<void>][] = [
    [1, 'role', async () => expect(flow.step).toHaveAttribute('data-value', '0')],
    [2, 'question', async () => expect(flow.step).toHaveAttribute('data-value', '0')],
    [3, 'metadata', async () => expect(flow.step).toHaveAttribute('data-value', '1')],
    [4, 'assume-role', async () => expect(flow.step).toHaveAttribute('data-value', '3')],
    [5, 'aside', async () => {
      await expect(flow.scenario).toHaveValue('assume-role-from-instance');
      expect(await flow.messageText()).toMatch(/AccessDenied|Unable to locate credentials/);
    }],
    [6, 'what-next', async () => {
      await expect(flow.scenario).toHaveValue('imdsv2');
      await expect(flow.step).toHaveAttribute('data-value', '6');
    }],
    [7, 'permissions', async () => {
      await expect(flow.step).toHaveAttribute('data-value', '8');
      await expect(page.getByTestId('permission-verdict')).toHaveAttribute('data-value', 'allow');
    }],
    [8, 'authorization', async () => expect(lab.stage('authorization-header')).toHaveAttribute('data-value', /Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7$/)],
    [9, 'ingredients', async () => expect(page.getByTestId('lab-step')).toHaveAttribute('data-value', '13')],
    [10, 'answer', async () => expect(flow.step).toHaveAttribute('data-value', '6')],
  ];
  for (const [n, id, check] of expected) {
    await page.getByTestId('tour-next').click();
    await expect(step).toHaveAttribute('data-value', String(n));
    await expect(page.getByTestId('tour-chapter')).toHaveAttribute('data-chapter', id);
    await check();
  }
  await expect(page.getByTestId('tour-next')).toBeDisabled();
  await page.getByTestId('tour-prev').click();
  await expect(step).toHaveAttribute('data-value', '9');
});

test('presenter mode: P toggles it, arrows and Space step through chapters, editing chrome hidden', async ({ lab }) => {
  const { page } = lab;
  await page.locator('body').press('p');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await expect(page.getByTestId('request-input')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('tour-step')).toHaveAttribute('data-value', '2');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tour-step')).toHaveAttribute('data-value', '1');
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await page.getByTestId('presenter-toggle').click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
});

test.describe('presenter mode is readable on a projector', () => {
  for (const [w, h] of [[1920, 1080], [1024, 768]] as const) {
    test(`${w}x${h}: large type, nothing wider than the screen`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto('./');
      await page.getByTestId('presenter-toggle').click();
      await page.getByTestId('tour-next').click();
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(size).toBeGreaterThanOrEqual(18);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('language and theme are remembered; nothing else is stored', async ({ lab, page }) => {
  await lab.selectLanguage('ja');
  await page.getByTestId('theme-select').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await lab.fill('secret-key-input', 'NeverStoreThisSecret');
  await page.reload();
  await expect(lab.langSelect).toHaveValue('ja');
  await expect(page.getByTestId('theme-select')).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['iam-role-journey.lang', 'iam-role-journey.theme']);
  const all = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  expect(all).not.toContain('NeverStoreThisSecret');
});

test.describe('system theme', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the system', async ({ lab }) => {
    const { page } = lab;
    await expect(page.getByTestId('theme-select')).toHaveValue('system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test('a link reopens the view; secrets go into it only when the box is ticked', async ({ lab, page, browser }) => {
  const flow = new FlowPage(page);
  await flow.open();
  await flow.scenario.selectOption('cross-account');
  await flow.control('next').click();
  await flow.control('next').click();
  await lab.open();
  await lab.loadExample('s3-get-temporary');
  await lab.select('mode-select', 'query');
  await page.getByTestId('share-menu').click();
  const share = page.getByTestId('share-link');
  const link = (await share.getAttribute('data-value'))!;
  expect(link).not.toContain('wJalrXUtnFEMI');
  expect(link).not.toContain('IQoJb3JpZ2luX2Vj');
  await page.getByTestId('share-secrets').check();
  const withSecrets = (await share.getAttribute('data-value'))!;
  expect(decodeURIComponent(withSecrets)).toContain('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await expect.poll(() => page.url()).toContain('s=cross-account');
  expect(page.url()).not.toContain('wJalrXUtnFEMI');

  const other = await browser.newPage();
  await other.goto(withSecrets);
  const flow2 = new FlowPage(other);
  await flow2.open();
  await expect(flow2.scenario).toHaveValue('cross-account');
  await expect(flow2.step).toHaveAttribute('data-value', '2');
  await new LabPage(other).open();
  await expect(other.getByTestId('mode-select')).toHaveValue('query');
  // Credentials from a link are someone else's: used only once accepted.
  await expect(other.getByTestId('link-credentials')).toBeVisible();
  await other.getByTestId('link-credentials-accept').click();
  await expect(other.getByTestId('presigned-url')).toHaveAttribute('data-value', await lab.value('presigned-url') ?? '');
  await other.close();

  const noSecrets = await browser.newPage();
  await noSecrets.goto(link);
  await expect(noSecrets.getByTestId('service-input')).toHaveValue('s3');
  await expect(noSecrets.getByTestId('secret-key-input')).not.toHaveValue('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  await noSecrets.close();
});

test('no request leaves the page during a full tour and a lab session', async ({ lab, page, requests }) => {
  const origin = new URL(page.url()).origin;
  for (let i = 0; i < 10; i++) await page.getByTestId('tour-next').click();
  await new FlowPage(page).control('play').click();
  await lab.open();
  await lab.loadExample('sts-assume-role');
  await lab.setRequest("curl -u AKID:secret --aws-sigv4 aws:amz:us-east-1:sts -d 'Action=GetCallerIdentity&Version=2011-06-15' https://sts.amazonaws.com/");
  await page.getByTestId('verify-input').fill((await lab.value('signed-request')) ?? '');
  await page.getByTestId('whatif-headers-untrimmed').check();
  await page.getByTestId('echo-input').fill('<Error><Code>SignatureDoesNotMatch</Code><CanonicalRequest>GET\n/\n</CanonicalRequest></Error>');
  await page.getByTestId('share-menu').click();
  await page.getByTestId('share-link').click();
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(foreign).toEqual([]);
});

test('presenter mode asks for full screen, and leaving it leaves full screen', async ({ page }) => {
  // Headless Chromium has no screen to fill: record the calls the app makes instead.
  await page.addInitScript(() => {
    const w = window as unknown as { __fullscreen: string[] };
    w.__fullscreen = [];
    let on: Element | null = null;
    Object.defineProperty(document, 'fullscreenElement', { get: () => on, configurable: true });
    Element.prototype.requestFullscreen = function () {
      w.__fullscreen.push('request');
      on = document.documentElement;
      return Promise.resolve();
    };
    document.exitFullscreen = () => {
      w.__fullscreen.push('exit');
      on = null;
      return Promise.resolve();
    };
  });
  await page.goto('./');
  await page.getByTestId('presenter-toggle').click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await page.locator('body').press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  expect(await page.evaluate(() => (window as unknown as { __fullscreen: string[] }).__fullscreen)).toEqual(['request', 'exit']);
});
