/**
 * Scenes, not a scroll: each view fits the screen at the three sizes a room uses, and every tour
 * chapter shows its subject (tour-step data-subject) whole and uncovered, in normal and presenter mode.
 */
import type { Page } from '@playwright/test';
import { CHAPTERS } from '../src/store/tour';
import { expect, test } from './fixtures';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

/** The page's own scroll extent against the viewport: a scene never scrolls the page. */
async function pageOverflow(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => ({ x: document.documentElement.scrollWidth - innerWidth, y: document.documentElement.scrollHeight - innerHeight }));
}

/**
 * Where the chapter's subject stands: its box inside the viewport, and at its centre and at each
 * corner (2 px in) the element hit is the subject or inside it.
 */
async function subjectShown(page: Page): Promise<{ subject: string; inside: boolean; covered: string[] }> {
  return page.evaluate(() => {
    const subject = document.querySelector('[data-testid="tour-step"]')?.getAttribute('data-subject') ?? '';
    const el = document.querySelector(`[data-testid="${subject}"]`);
    if (!el) return { subject, inside: false, covered: ['(not on the page)'] };
    const b = el.getBoundingClientRect();
    const inside = b.width > 0 && b.height > 0 && b.left >= 0 && b.top >= 0 && b.right <= innerWidth && b.bottom <= innerHeight;
    const points: [number, number][] = [[b.left + b.width / 2, b.top + b.height / 2], [b.left + 2, b.top + 2], [b.right - 2, b.top + 2], [b.left + 2, b.bottom - 2], [b.right - 2, b.bottom - 2]];
    const covered = points.flatMap(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return hit && el.contains(hit) ? [] : [`${Math.round(x)},${Math.round(y)}: ${hit?.getAttribute('data-testid') ?? hit?.className ?? 'nothing'}`];
    });
    return { subject, inside, covered };
  });
}

for (const size of SIZES) {
  test.describe(`${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('both views fit the screen: the page itself never scrolls', async ({ lab, page }) => {
      expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
      await page.getByTestId('view-flow').click();
      await expect(page.getByTestId('flow-graph')).toBeVisible();
      expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
      await expect(page.getByTestId('view-flow')).toHaveAttribute('aria-current', 'page');
      await expect(lab.stageList).toHaveCount(0);
    });

    for (const presenter of [false, true]) {
      test(`every chapter shows its subject whole and uncovered${presenter ? ', presenter mode' : ''}`, async ({ page }) => {
        await page.goto('./');
        if (presenter) await page.getByTestId('presenter-toggle').click();
        for (const [i, chapter] of CHAPTERS.entries()) {
          await page.getByTestId('tour-next').click();
          const step = page.getByTestId('tour-step');
          await expect(step).toHaveAttribute('data-value', String(i + 1));
          await expect(step).toHaveAttribute('data-subject', chapter.subject);
          await expect(page.getByTestId(chapter.subject)).toBeVisible();
          // The subject is brought into its panel once the view has drawn it.
          await expect.poll(() => subjectShown(page), { message: `chapter ${i + 1} (${chapter.id})` }).toEqual({ subject: chapter.subject, inside: true, covered: [] });
          expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
        }
      });
    }
  });
}

for (const lang of ['en', 'ja'] as const) {
  test(`at 1280x800 the graph takes at least half the viewport, the page does not scroll (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    await page.getByTestId('view-flow').click();
    await page.getByTestId('lang-select').selectOption(lang);
    await expect(page.getByTestId('flow-node-sts')).toBeVisible();
    const share = await page.getByTestId('flow-graph').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return (Math.min(r.right, innerWidth) - Math.max(r.left, 0)) * (Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / (innerWidth * innerHeight);
    });
    expect(share).toBeGreaterThanOrEqual(0.5);
    expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
  });
}

test('the share menu holds the link and the secrets box; closed, neither is on the page', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('share-link')).toHaveCount(0);
  await expect(page.getByTestId('share-secrets')).toHaveCount(0);
  await page.getByTestId('share-menu').click();
  await expect(page.getByTestId('share-menu')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('share-link')).toHaveAttribute('data-value', /#/);
  await expect(page.getByTestId('share-secrets')).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('share-link')).toHaveCount(0);
  await expect(page.getByTestId('share-menu')).toBeFocused();
});

test('chapter 8 splits the Authorization header into its four labelled parts, which make up the header exactly', async ({ page }) => {
  await page.goto('./');
  for (let i = 0; i < 8; i++) await page.getByTestId('tour-next').click();
  const header = page.getByTestId('authorization-header');
  await expect(header).toHaveAttribute('data-value', /^AWS4-HMAC-SHA256 Credential=/);
  const parts = [];
  for (const id of ['algorithm', 'credential', 'signedHeaders', 'signature']) {
    const part = page.getByTestId(`authorization-part-${id}`);
    await expect(part).toBeVisible();
    // A label in words beside the colour.
    expect((await part.innerText()).length).toBeGreaterThan((await part.getAttribute('data-value'))!.length);
    parts.push((await part.getAttribute('data-value'))!);
  }
  expect(`${parts[0]} ${parts[1]}, ${parts[2]}, ${parts[3]}`).toBe(await header.getAttribute('data-value'));
  const colours = await Promise.all(['algorithm', 'credential', 'signedHeaders', 'signature'].map((id) => page.getByTestId(`authorization-part-${id}`).evaluate((e) => getComputedStyle(e).borderLeftColor)));
  expect(new Set(colours).size).toBe(4);
});

test.describe('a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('the flow fits the width and its panels stack below the graph', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('flow-graph')).toBeVisible();
    expect((await pageOverflow(page)).x).toBe(0);
    const graph = (await page.getByTestId('flow-graph').boundingBox())!;
    const message = (await page.getByTestId('flow-message').boundingBox())!;
    expect(graph.x + graph.width).toBeLessThanOrEqual(390);
    expect(message.y).toBeGreaterThanOrEqual(graph.y + graph.height);
  });

  test('the lab fits the width: the walkthrough\'s buttons wrap inside the screen, the diagram and its detail stack', async ({ page }) => {
    await page.goto('./#v=lab');
    await expect(page.getByTestId('diagram-node-signature')).toBeVisible();
    expect((await pageOverflow(page)).x).toBe(0);
    for (const id of ['lab-prev', 'lab-play', 'lab-next', 'lab-diagram', 'diagram-detail']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(390);
    }
  });
});
