/**
 * The flow as the hero (issue 11), measured on screen: node titles as large as the screen asks for
 * (computed size times the graph's zoom), no text outside its box, no label on another or on a
 * node, an arrowhead on every edge, the signed API call drawn from the instance to the API
 * endpoint, an envelope that travels its edge for at least 600 ms before the message opens, and
 * the talk's own slide.
 */
import { expect, test, type Page } from '@playwright/test';
import { buildFlow } from '../src/flow';
import { views as en } from '../src/content/en/views';
import { FLOW_CLOCK, FLOW_SEED } from '../src/store/flow-slice';

const imdsv2 = buildFlow('imdsv2', { seed: FLOW_SEED, clock: FLOW_CLOCK });

/** The sizes and modes of a room, and the smallest node title (px on screen) each asks for. */
const SCREENS = [
  { width: 1280, height: 800, presenter: false, title: 16 },
  { width: 1280, height: 800, presenter: true, title: 16 },
  { width: 1920, height: 1080, presenter: false, title: 16 },
  { width: 1920, height: 1080, presenter: true, title: 28 },
  { width: 1024, height: 768, presenter: false, title: 16 },
  { width: 1024, height: 768, presenter: true, title: 20 },
] as const;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the graph shows, measured: every node and label box, the text inside each, and each title's size on screen. */
interface Measured {
  readonly nodes: readonly { id: string; box: Box; text: Box; title: number; inside: boolean }[];
  readonly labels: readonly { id: string; box: Box; text: Box }[];
  readonly arrows: readonly { id: string; box: Box }[];
}

async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    // The box of an element's visible text (the words screen readers alone hear are left out).
    const textOf = (el: Element, parts: string) => {
      const rects = [...el.querySelectorAll(parts)].map((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        return range.getBoundingClientRect();
      });
      const [x, y] = [Math.min(...rects.map((r) => r.left)), Math.min(...rects.map((r) => r.top))];
      return { x, y, width: Math.max(...rects.map((r) => r.right)) - x, height: Math.max(...rects.map((r) => r.bottom)) - y };
    };
    const graph = document.querySelector('[data-testid="flow-graph"]')!;
    // The graph's zoom: the library's viewport transform.
    const zoom = new DOMMatrix(getComputedStyle(graph.querySelector('.react-flow__viewport')!).transform).a;
    const nodes = [...graph.querySelectorAll<HTMLElement>('[data-testid^="flow-node-"]')].map((el) => {
      const title = el.querySelector<HTMLElement>('.journey-node-label')!;
      // The size on screen: the computed size times the graph's zoom.
      const text = textOf(el, '.journey-node-label, .journey-node-detail, .journey-node-caption, .journey-node-status');
      return { id: el.dataset.testid!, box: box(el.getBoundingClientRect()), text, title: parseFloat(getComputedStyle(title).fontSize) * zoom, inside: el.classList.contains('shape-inner') };
    });
    const labels = [...graph.querySelectorAll<HTMLElement>('[data-testid^="flow-edge-"]')].map((el) => ({ id: el.dataset.testid!, box: box(el.getBoundingClientRect()), text: textOf(el, '.edge-line') }));
    const arrows = [...graph.querySelectorAll<SVGElement>('[data-testid^="flow-arrow-"]')].map((el) => ({ id: el.dataset.testid!, box: box(el.getBoundingClientRect()) }));
    return { nodes, labels, arrows };
  });
}

const within = (outer: Box, inner: Box, slack = 1) =>
  inner.x >= outer.x - slack && inner.y >= outer.y - slack && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
const apart = (a: Box, b: Box, slack = 0.5) => a.x + a.width <= b.x + slack || b.x + b.width <= a.x + slack || a.y + a.height <= b.y + slack || b.y + b.height <= a.y + slack;
const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const near = (b: Box, p: { x: number; y: number }, d: number) => p.x >= b.x - d && p.x <= b.x + b.width + d && p.y >= b.y - d && p.y <= b.y + b.height + d;

/** Every rule of the scene that a measurement can break, as sentences. */
function problems(m: Measured, minTitle: number): string[] {
  const out: string[] = [];
  for (const n of m.nodes) {
    if (n.title < minTitle - 0.05) out.push(`${n.id}: title ${n.title.toFixed(1)} px < ${minTitle}`);
    if (!within(n.box, n.text)) out.push(`${n.id}: text overflows its box`);
  }
  for (const l of m.labels) if (!within(l.box, l.text)) out.push(`${l.id}: text overflows its label`);
  m.labels.forEach((a, i) => {
    for (const b of m.labels.slice(i + 1)) if (!apart(a.box, b.box)) out.push(`${a.id} overlaps ${b.id}`);
    for (const n of m.nodes) if (!apart(a.box, n.box)) out.push(`${a.id} overlaps ${n.id}`);
  });
  m.nodes.forEach((a, i) => {
    for (const b of m.nodes.slice(i + 1)) if (!a.inside && !b.inside && !apart(a.box, b.box)) out.push(`${a.id} overlaps ${b.id}`);
  });
  return out;
}

async function open(page: Page, s: (typeof SCREENS)[number], steps: number): Promise<void> {
  await page.setViewportSize({ width: s.width, height: s.height });
  await page.goto('./');
  await expect(page.getByTestId('flow-node-sts')).toBeVisible();
  for (let i = 0; i < steps; i++) await page.getByTestId('flow-next').click();
  await expect(page.getByTestId('flow-step')).toHaveAttribute('data-value', String(steps));
  if (s.presenter) {
    await page.getByTestId('presenter-toggle').click();
    await expect(page.locator('html')).toHaveClass(/presenter/);
  }
  await page.getByTestId('flow-graph').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('flow-arrow-6')).toBeAttached();
}

test.describe('the graph as a scene', () => {
  for (const s of SCREENS) {
    test(`${s.width}x${s.height}${s.presenter ? ' presenter' : ''}: large enough type, nothing over anything, arrowheads, edge 6 from the instance to the API`, async ({ page }) => {
      await open(page, s, 6);
      // The graph lays itself out again when presenter mode changes its box and type: wait for that.
      await expect.poll(async () => problems(await measure(page), s.title)).toEqual([]);
      const m = await measure(page);
      expect(m.nodes).toHaveLength(6);
      // The labels are drawn at the size the layout placed them at: 0.75 of the title, times its label scale.
      const sizes = await page.getByTestId('flow-graph').evaluate((g) => ({
        scale: Number((g as HTMLElement).dataset.labelScale),
        graph: parseFloat(getComputedStyle(g).fontSize),
        label: parseFloat(getComputedStyle(g.querySelector('.edge-label')!).fontSize),
      }));
      expect(sizes.label).toBeCloseTo(sizes.graph * 0.75 * sizes.scale, 1);
      expect(sizes.scale).toBeGreaterThanOrEqual(0.9);
      expect(m.labels).toHaveLength(imdsv2.stepCount);
      // Every edge ends in an arrowhead at the box it goes to.
      const node = (id: string) => m.nodes.find((n) => n.id === `flow-node-${id}`)!.box;
      for (const st of imdsv2.steps) {
        const head = m.arrows.find((a) => a.id === `flow-arrow-${st.number}`)!;
        expect(head.box.width * head.box.height, `arrowhead ${st.number}`).toBeGreaterThan(9);
        expect(near(node(st.to), centre(head.box), 12), `arrowhead ${st.number} at ${st.to}`).toBe(true);
      }
      // Edge 6, the signed call: from the instance's box to the API endpoint's, behind no other box.
      const route = await page.evaluate(() => {
        const path = document.getElementById('step-6') as unknown as SVGPathElement;
        const ctm = path.getScreenCTM()!;
        const n = 24;
        return Array.from({ length: n + 1 }, (_x, i) => {
          const p = path.getPointAtLength((path.getTotalLength() * i) / n);
          return { x: p.x * ctm.a + p.y * ctm.c + ctm.e, y: p.x * ctm.b + p.y * ctm.d + ctm.f };
        });
      });
      expect(near(node('instance'), route[0]!, 2)).toBe(true);
      expect(near(node('api'), route.at(-1)!, 14)).toBe(true);
      for (const other of ['imds', 'ec2', 'sts', 'iam'] as const) expect(route.some((p) => near(node(other), p, -2)), `edge 6 behind ${other}`).toBe(false);
    });
  }

  test('Japanese node names break between words, not inside them', async ({ page }) => {
    await page.goto('./');
    await page.getByTestId('lang-select').selectOption('ja');
    const title = page.getByTestId('flow-node-imds').locator('.journey-node-label');
    await expect(title).toHaveText('インスタンスメタデータサービス');
    // Where each line starts: the characters whose box drops below the one before.
    const breaks = await title.evaluate((el) => {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        for (let i = 0; i < (n.textContent ?? '').length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          tops.push(r.getBoundingClientRect().top);
        }
      }
      return tops.flatMap((t, i) => (i > 0 && t > tops[i - 1]! + 2 ? [i] : []));
    });
    expect(breaks.length).toBeGreaterThan(0);
    for (const b of breaks) expect([6, 11], `a line starts at character ${b}`).toContain(b);
  });
});

test.describe('the envelope, with motion on', () => {
  test.use({ contextOptions: { reducedMotion: 'no-preference' } });
  test('travels the whole edge for at least 600 ms at 1x, then the message opens and the step is done', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByTestId('flow-node-sts')).toBeVisible();
    const samples = await page.evaluate(async () => {
      const start = performance.now();
      document.querySelector<HTMLElement>('[data-testid="flow-next"]')!.click();
      const out: { t: number; at: { x: number; y: number } | null; chip: string; arrived: string | undefined }[] = [];
      await new Promise<void>((done) => {
        const frame = () => {
          const env = document.querySelector('[data-testid="flow-envelope"]');
          const r = env?.getBoundingClientRect();
          out.push({
            t: performance.now() - start,
            at: r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null,
            chip: document.querySelector('[data-testid="flow-timeline-1"]')!.textContent ?? '',
            arrived: document.querySelector<HTMLElement>('[data-testid="flow-message"]')!.dataset.arrived,
          });
          // Until the message has opened (a busy machine draws the first frame late), at most 5 s.
          const opened = out.at(-1)!.arrived === 'true';
          if (!opened && performance.now() - start < 5000) requestAnimationFrame(frame);
          else done();
        };
        frame();
      });
      return out;
    });
    const seen = samples.filter((s) => s.at !== null);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.at(-1)!.t - seen[0]!.t).toBeGreaterThanOrEqual(600);
    // While it travels the step is in progress and the message not yet open; it opens as the envelope goes.
    for (const s of seen) expect([s.chip.includes('in progress'), s.arrived]).toEqual([true, 'false']);
    const opened = samples.find((s) => s.arrived === 'true')!;
    expect(opened.t).toBeGreaterThanOrEqual(600);
    expect(opened.chip).toContain('✓');
    // From the instance's box to the metadata service's.
    const boxes = await measure(page);
    const box = (id: string) => boxes.nodes.find((n) => n.id === `flow-node-${id}`)!.box;
    expect(near(box('instance'), seen[0]!.at!, 40)).toBe(true);
    expect(near(box('imds'), seen.at(-1)!.at!, 40)).toBe(true);
    await expect(page.getByTestId('flow-envelope')).toHaveCount(0);
    const message = page.getByTestId('flow-message');
    await expect(message).toHaveAttribute('data-arrived', 'true');
    await expect(message.locator('dt').first()).toHaveText('Request line');
    await expect(message.locator('dt').nth(1)).toHaveText('Headers');
  });
});

test('with reduced motion no envelope is drawn, and each step arrives at once', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('flow-node-sts')).toBeVisible();
  await page.getByTestId('flow-next').click();
  await expect(page.getByTestId('flow-message')).toHaveAttribute('data-arrived', 'true');
  await expect(page.getByTestId('flow-timeline-1')).toContainText('✓');
  await expect(page.getByTestId('flow-envelope')).toHaveCount(0);
});

test('flow-layout = talk draws the talk\'s slide: four boxes in a row, the metadata service inside the EC2 service, arrows ① to ⑤ in its words; a link keeps it', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('flow-node-sts')).toBeVisible();
  await page.getByTestId('flow-layout').selectOption('talk');
  await expect(page.getByTestId('flow-graph')).toHaveAttribute('data-layout', 'talk');
  await expect(page.getByTestId('flow-talk-title')).toHaveText(en['talk.title']);
  for (let i = 0; i < 6; i++) await page.getByTestId('flow-next').click();
  const m = await measure(page);
  const node = (id: string) => m.nodes.find((n) => n.id === `flow-node-${id}`)!.box;
  const row = ['instance', 'ec2', 'sts', 'iam'].map(node);
  expect(row.map((b) => b.x)).toEqual([...row.map((b) => b.x)].sort((a, b) => a - b));
  for (const b of row) expect(Math.abs(centre(b).y - centre(row[0]!).y)).toBeLessThan(2);
  expect(within(node('ec2'), node('imds'))).toBe(true);
  expect(problems(m, 16)).toEqual([]);
  for (const n of [1, 2, 3, 4, 5] as const) {
    await expect(page.getByTestId(`flow-edge-${n}`)).toContainText(en[`talk.arrow.${n}`].split(' ')[0]!);
    expect(m.arrows.find((a) => a.id === `flow-arrow-${n}`)!.box.width).toBeGreaterThan(2);
  }
  // The signed call is not on the slide: an extra box and arrow, said so.
  const extra = new RegExp(en['talk.extra'].replace(/ /g, '\\s+'));
  await expect(page.getByTestId('flow-edge-6')).toContainText(extra, { useInnerText: true });
  await expect(page.getByTestId('flow-node-api')).toContainText(extra, { useInnerText: true });
  await expect.poll(() => page.url()).toContain('ly=talk');
  await page.reload();
  await expect(page.getByTestId('flow-layout')).toHaveValue('talk');
  await expect(page.getByTestId('flow-graph')).toHaveAttribute('data-layout', 'talk');
});

test.describe('the envelope stays inside the graph', () => {
  test.use({ contextOptions: { reducedMotion: 'no-preference' } });
  for (const s of [SCREENS[5], SCREENS[3], SCREENS[0]]) {
    test(`${s.width}x${s.height}${s.presenter ? ' presenter' : ''}: through the whole tour, every envelope is drawn whole inside the graph`, async ({ page }) => {
      await page.setViewportSize({ width: s.width, height: s.height });
      await page.goto('./');
      await expect(page.getByTestId('flow-node-sts')).toBeVisible();
      if (s.presenter) await page.getByTestId('presenter-toggle').click();
      // Every frame, where each envelope on screen is against the graph's box.
      await page.evaluate(() => {
        const w = window as unknown as { envelopes: { name: string; out: number }[] };
        w.envelopes = [];
        const frame = () => {
          const graph = document.querySelector('[data-testid="flow-graph"]')?.getBoundingClientRect();
          const env = document.querySelector('[data-testid="flow-envelope"]');
          if (graph && env) {
            const r = env.getBoundingClientRect();
            const out = Math.max(graph.left - r.left, r.right - graph.right, graph.top - r.top, r.bottom - graph.bottom, 0);
            w.envelopes.push({ name: env.textContent ?? '', out });
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await page.getByTestId('tour-next').click();
      for (let chapter = 1; chapter <= 10; chapter++) {
        await expect(page.getByTestId('tour-step')).toHaveAttribute('data-value', String(chapter));
        // The chapter's messages have arrived: no envelope left on the way.
        await expect(page.getByTestId('flow-envelope')).toHaveCount(0, { timeout: 10_000 });
        if (chapter < 10) await page.getByTestId('tour-next').click();
      }
      const seen = await page.evaluate(() => (window as unknown as { envelopes: { name: string; out: number }[] }).envelopes);
      // The tour sends messages (the trust policy's among them), and none is cut by the graph's edge.
      expect(new Set(seen.map((e) => e.name)).size).toBeGreaterThan(2);
      expect(seen.filter((e) => e.out > 0.5)).toEqual([]);
    });
  }
});
