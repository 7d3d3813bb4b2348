/** Accessibility: an axe-core scan of every view and state finds no serious or critical violation. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function scan(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const STATES: [string, (page: Page) => Promise<void>][] = [
  ['first load, lab view', async () => {}],
  ['first load, flow view', async (page) => {
    await page.getByTestId('view-flow').click();
  }],
  ['flow mid-way, failure scenario', async (page) => {
    await page.getByTestId('view-flow').click();
    await page.getByTestId('flow-scenario').selectOption('untrusted-role');
    for (let i = 0; i < 4; i++) await page.getByTestId('flow-next').click();
  }],
  ['lab with errors, walkthrough, debugging panels', async (page) => {
    await page.getByTestId('request-input').fill('GET / HTTP/1.1\nHost example.com\n');
    await page.getByTestId('signing-time-input').fill('x');
    await page.getByTestId('lab-next').click();
    await page.getByTestId('verify-input').fill('nonsense');
    await page.getByTestId('echo-input').fill('<Error><CanonicalRequestBytes>zz</CanonicalRequestBytes></Error>');
  }],
  ['lab signed, what-if and echo diff', async (page) => {
    await page.getByTestId('example-apigw-connections').click();
    await expect(page.getByTestId('canonical-request')).toHaveAttribute('data-value', /R0oiqdJ8IAMCJog/);
    await page.getByTestId('whatif-path-encoded-once').check();
    const cr = (await page.getByTestId('canonical-request').getAttribute('data-value'))!;
    await page.getByTestId('echo-input').fill(`2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG - CanonicalRequest:\n${cr.replace('%253D', '%3D')}\n`);
  }],
  ['tour and presenter mode', async (page) => {
    await page.getByTestId('tour-next').click();
    await page.getByTestId('presenter-toggle').click();
  }],
  ['dark theme, Japanese', async (page) => {
    await page.getByTestId('theme-select').selectOption('dark');
    await page.getByTestId('lang-select').selectOption('ja');
  }],
  ['dark theme, Japanese, flow view', async (page) => {
    await page.getByTestId('theme-select').selectOption('dark');
    await page.getByTestId('lang-select').selectOption('ja');
    await page.getByTestId('view-flow').click();
  }],
  ['share menu open', async (page) => {
    await page.getByTestId('share-menu').click();
    await expect(page.getByTestId('share-secrets')).toBeVisible();
  }],
];

for (const [name, setUp] of STATES) {
  test(`axe: ${name}`, async ({ lab }) => {
    await setUp(lab.page);
    expect(await scan(lab.page)).toEqual([]);
  });
}

test('keyboard only: a visible focus ring, and the lab is reachable by Tab', async ({ lab }) => {
  const { page } = lab;
  await page.getByTestId('request-input').focus();
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('a stage card is named by its title alone: its drawn number is not read, the list item says it', async ({ lab }) => {
  const { page } = lab;
  await expect(page.getByTestId('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const names = nodes.filter((n) => n.role?.value === 'heading').map((n) => String(n.name?.value ?? ''));
  expect(names).toContain('Canonical request');
  expect(names).toContain('Signature');
  expect(names.filter((n) => /^[\d.]/.test(n))).toEqual([]);
});
