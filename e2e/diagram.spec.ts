/**
 * The signature as one picture: every node of the diagram with its state, the whole picture on one
 * screen at three sizes, normal and presenter, a node's detail beside it, the walkthrough lighting
 * the node it computes and the arrows it consumes, and a what-if or a server's answer painted from
 * the first stage that differs down. Expectations come from the stage registry and from traces
 * computed here, away from the page.
 */
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { EXAMPLES } from '../src/content/examples';
import { MISTAKES, runWhatIf, WHATIFS } from '../src/diagnose';
import { STAGES, type StageId, type StageInput } from '../src/sigv4';
import { diagramEdges, downstreamOf, drawnFrom, readsWhole, upstreamOf } from '../src/store/diagram';
import { computeLab, type LabInputs } from '../src/store/lab-compute';
import { walkSteps } from '../src/store/walkthrough';

const WALK_STEPS = walkSteps('sigv4');
import { expect, test } from './fixtures';
import { diagramNodeIds, type LabPage, type StageTestId } from './pages/lab-page';

test.use({ locale: 'en-US' });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;

/** The test id of an edge's end: a node's stage test id, or the source's name. */
const endId = (end: StageId | 'request' | 'secret'): string => (end === 'request' || end === 'secret' ? end : STAGES[end].testId);

/** Whether a stage waits, however far back, for an external input. */
const needs = (id: StageId, input: StageInput): boolean => [id, ...upstreamOf(id)].some((s) => (STAGES[s].inputs as readonly StageInput[]).includes(input));

/** Each node's state, as the page shows it. */
async function states(lab: LabPage, mode: 'header' | 'query' = 'header'): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = {};
  for (const { testId } of diagramNodeIds(mode)) out[testId] = await lab.node(testId).getAttribute('data-state');
  return out;
}

/** The diagram on screen: inside the viewport, everything it draws inside its own box, no scroll anywhere. */
async function fits(page: Page) {
  return page.evaluate(() => {
    const d = document.querySelector('[data-testid="lab-diagram"]')!;
    const b = d.getBoundingClientRect();
    const nodes = [...d.querySelectorAll('[data-testid^="diagram-node-"], [data-testid^="diagram-source-"]')].map((n) => n.getBoundingClientRect());
    return {
      inViewport: b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth,
      nodesInside: nodes.length > 0 && nodes.every((n) => n.top >= b.top - 1 && n.left >= b.left - 1 && n.bottom <= b.bottom + 1 && n.right <= b.right + 1),
      diagramScrolls: d.scrollHeight > d.clientHeight + 1 || d.scrollWidth > d.clientWidth + 1,
      pageScrolls: document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth,
    };
  });
}

test('every node of the diagram is there with its state, and every arrow the registry draws, in both modes', async ({ lab, page }) => {
  for (const mode of ['header', 'query'] as const) {
    await lab.select('mode-select', mode);
    for (const { testId } of diagramNodeIds(mode)) await expect(lab.node(testId)).toHaveAttribute('data-state', 'ok');
    for (const e of diagramEdges(mode)) await expect(page.getByTestId(`diagram-edge-${endId(e.from)}-${endId(e.to)}`)).toHaveAttribute('d', /^M[\d.]+ [\d.]+ L/);
  }
  await expect(lab.node('authorization-header')).toHaveCount(0);
  await lab.select('mode-select', 'header');
  await expect(lab.node('presigned-url')).toHaveCount(0);
  // A value is shortened in its node: a hash abbreviated, the secret masked.
  const signature = (await lab.value('signature'))!;
  await expect(lab.node('signature')).toContainText(`${signature.slice(0, 6)}…${signature.slice(-6)}`);
  await expect(lab.node('k-secret')).toContainText('AWS4••••');
  await expect(lab.node('k-secret')).not.toContainText(EXAMPLES['iam-listusers'].inputs.secretAccessKey.slice(0, 8));
});

test('a stage that cannot be computed is an error, in colour and in words; the walkthrough leaves the stages to come pending', async ({ lab, page }) => {
  await lab.setRequest('GET /x HTTP/1.1\nHost iam.amazonaws.com\n');
  const broken = await states(lab);
  for (const { stage, testId } of diagramNodeIds('header')) expect(broken[testId], testId).toBe(needs(stage, 'request') ? 'error' : 'ok');
  await expect(lab.node('signature')).toContainText('cannot compute');
  await lab.loadExample('iam-listusers');
  await lab.fill('secret-key-input', '');
  const noSecret = await states(lab);
  for (const { stage, testId } of diagramNodeIds('header')) expect(noSecret[testId], testId).toBe(needs(stage, 'secret') ? 'error' : 'ok');

  await lab.loadExample('iam-listusers');
  for (let i = 0; i < 8; i++) await page.getByTestId('lab-next').click();
  const walked = await states(lab);
  const seen = new Set(WALK_STEPS.slice(0, 8).map((s) => s.stage));
  for (const { stage, testId } of diagramNodeIds('header')) expect(walked[testId], testId).toBe(seen.has(stage) ? 'ok' : 'pending');
  await expect(lab.node('k-date')).toContainText('not yet');
});

for (const size of SIZES) {
  for (const presenter of [false, true]) {
    test(`${size.width}x${size.height}${presenter ? ', presenter mode' : ''}: the whole diagram on screen, walked without the page ever scrolling`, async ({ lab, page }) => {
      await page.setViewportSize(size);
      if (presenter) await page.getByTestId('presenter-toggle').click();
      await expect(page.getByTestId('presenter-toggle')).toHaveAttribute('aria-pressed', String(presenter));
      for (const { testId } of diagramNodeIds('header')) await expect(lab.node(testId)).toBeVisible();
      await expect.poll(() => fits(page)).toEqual({ inViewport: true, nodesInside: true, diagramScrolls: false, pageScrolls: false });
      // The detail stands beside the diagram, on screen too.
      const d = (await lab.diagram.boundingBox())!;
      const detail = (await lab.detail.boundingBox())!;
      expect(detail.x).toBeGreaterThanOrEqual(d.x + d.width);
      expect(detail.x + detail.width).toBeLessThanOrEqual(size.width);
      // A speaker walks the room through the signature on this screen: the walkthrough's buttons are there
      // in presenter mode too, and the node being computed stays in view, the page still unscrolled.
      for (let n = 0; n < 9; n++) await page.getByTestId('lab-next').click();
      await expect(lab.node('k-date')).toHaveAttribute('data-current', 'true');
      await expect(lab.node('k-date')).toBeInViewport({ ratio: 1 });
      await expect.poll(() => fits(page)).toEqual({ inViewport: true, nodesInside: true, diagramScrolls: false, pageScrolls: false });
    });
  }
}

test('selecting a node, by pointer or keyboard, opens its detail beside the diagram, one at a time', async ({ lab, page }) => {
  const d = (await lab.diagram.boundingBox())!;
  for (const { testId } of diagramNodeIds('header')) {
    await lab.show(testId);
    const card = (await lab.stage(testId).boundingBox())!;
    expect(card.x, testId).toBeGreaterThanOrEqual(d.x + d.width);
    expect(card.y).toBeLessThan(d.y + d.height);
    // The other cards stay on the page, with their values, out of sight.
    await expect(lab.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
    expect(await lab.stageOrder()).toHaveLength(diagramNodeIds('header').length);
    const shown = await page.getByTestId('stage-list').getByRole('heading', { level: 3 }).evaluateAll((hs) => hs.filter((h) => h.getBoundingClientRect().width > 1).length);
    expect(shown, testId).toBe(1);
  }
  await lab.node('k-region').focus();
  await page.keyboard.press('Enter');
  await expect(lab.node('k-region')).toHaveAttribute('aria-pressed', 'true');
  await expect(lab.stage('k-region').getByRole('heading')).toBeVisible();
  await lab.node('string-to-sign').focus();
  await page.keyboard.press(' ');
  await expect(lab.node('string-to-sign')).toHaveAttribute('aria-pressed', 'true');
  await expect(lab.node('k-region')).toHaveAttribute('aria-pressed', 'false');
});

test('a value never moves its node: typed long, it is cut inside its own box, which the browser can lay out alone', async ({ lab, page }) => {
  const request = (value: string) => `POST /x HTTP/1.1\nHost: lambda.us-east-2.amazonaws.com\nX-Amz-Meta-Note: ${value}\n\n{"a":1}`;
  const boxes = () => page.locator('[data-testid^="diagram-node-"]').evaluateAll((ns) => ns.map((n) => { const r = n.getBoundingClientRect(); return [n.getAttribute('data-testid'), Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)]; }));
  await lab.setRequest(request('short'));
  await expect(lab.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  const signature = await lab.stage('signature').getAttribute('data-value');
  const before = await boxes();
  await lab.setRequest(request('long '.repeat(80)));
  await expect(lab.stage('signature')).not.toHaveAttribute('data-value', signature!);
  expect(await boxes()).toEqual(before);
  // The headers' row holds the long value: its text runs past the box, and the box cuts it there.
  const row = lab.node('canonical-request').locator('.drow[data-part="canonicalHeaders"] .dbox');
  const cut = await row.evaluate((b) => {
    const text = document.createRange();
    text.selectNodeContents(b);
    const style = getComputedStyle(b);
    return {
      runsPast: text.getBoundingClientRect().right > b.getBoundingClientRect().right + 50,
      boxInNode: b.getBoundingClientRect().right <= b.closest('.dnode')!.getBoundingClientRect().right,
      clips: [style.overflowX, style.textOverflow],
    };
  });
  expect(cut).toEqual({ runsPast: true, boxInNode: true, clips: ['hidden', 'ellipsis'] });
  // Chromium lays out a box on its own only if it is a contained block whose parent is neither a
  // flex nor a grid container: each value's inner box is one (the two-line clamp's a -webkit-box,
  // which recent Chromium reports as flow-root), and so is the detail's scroller.
  const boundaries = await page.locator('[data-testid="lab-diagram"] .dbox, .lab-detail-scroll').evaluateAll((bs) =>
    bs.map((b) => [getComputedStyle(b).contain, /flex|grid/.test(getComputedStyle(b.parentElement!).display), /^(block|flow-root|-webkit-box)$/.test(getComputedStyle(b).display)]),
  );
  expect(boundaries.length).toBeGreaterThan(20);
  for (const b of boundaries) expect(b).toEqual(['strict', false, true]);
});

test('next, previous and play walk the diagram: the node computed is lit and on screen, with the arrows of what it consumes', async ({ lab, page }) => {
  // Play takes 1.6 s a step: thirteen steps after thirteen stepped by hand.
  test.setTimeout(90_000);
  const mode = 'header';
  const check = async (n: number) => {
    const step = WALK_STEPS[n - 1]!;
    const current = STAGES[step.stage].testId as StageTestId;
    await expect(page.getByTestId('lab-step')).toHaveAttribute('data-value', String(n));
    await expect(lab.node(current)).toHaveAttribute('data-current', 'true');
    await expect(lab.node(current)).toBeInViewport({ ratio: 1 });
    expect(await lab.currentNodes()).toEqual([current]);
    // Its detail is open beside the diagram.
    await expect(lab.node(current)).toHaveAttribute('aria-pressed', 'true');
    const consumed = new Set(step.consumes.map((c) => drawnFrom(c, mode)));
    for (const e of diagramEdges(mode)) {
      const lit = e.to === step.stage && consumed.has(e.from);
      await expect(page.getByTestId(`diagram-edge-${endId(e.from)}-${endId(e.to)}`), `${e.from} → ${e.to} at step ${n}`).toHaveAttribute('data-lit', String(lit));
    }
  };
  for (let n = 1; n <= WALK_STEPS.length; n++) {
    await page.getByTestId('lab-next').click();
    await check(n);
  }
  await page.getByTestId('lab-prev').click();
  await check(WALK_STEPS.length - 1);
  await page.getByTestId('lab-exit').click();
  await page.getByTestId('lab-play').click();
  await expect(page.getByTestId('lab-step')).toHaveAttribute('data-value', String(WALK_STEPS.length), { timeout: 30_000 });
  await check(WALK_STEPS.length);
  await page.getByTestId('lab-exit').click();
  expect(await lab.currentNodes()).toEqual([]);
});

// A request every mistake of the catalogue can break (e2e/debug.spec.ts has the same): an escaped
// path, a query with a space, a raw + and a colon, untrimmed and repeated headers, a token.
const RICH = 'GET /prod/@connections/R0oiqdJ8IAMCJog%3D?tag-key=2&tag:Name=x%20y&q=a+b HTTP/1.1\nHost: abc.execute-api.us-east-1.amazonaws.com\nContent-Type: application/json\nMy-Header:  a   b\nMy-Header: c\n';
const RICH_INPUTS: LabInputs = { ...EXAMPLES['s3-get-temporary'].inputs, requestText: RICH, region: 'us-east-1', service: 'execute-api' };

test.describe('a what-if painted on the diagram', () => {
  for (const m of MISTAKES) {
    test(`${m.id}: the first stage that differs and every one downstream changed, the rest ok`, async ({ lab, page }) => {
      await lab.loadExample('s3-get-temporary');
      await lab.setRequest(RICH);
      await expect(page.getByTestId('service-input')).toHaveValue('execute-api');
      // The lab's own signature, computed here: the what-if runs on exactly these inputs.
      const result = computeLab(RICH_INPUTS);
      await expect(lab.stage('signature')).toHaveAttribute('data-value', result.trace!.stages.signature.text);
      const run = runWhatIf(WHATIFS.find((w) => w.id === m.id)!, { requestText: result.imported!.httpText, options: result.options! });
      const changed = new Set(run.impact.changed);
      const first = run.impact.firstChanged!;
      expect(changed.has('signature')).toBe(true);

      await lab.paint.selectOption(m.id);
      await expect(page.getByTestId('diagram-paint-status')).toHaveAttribute('data-value', first);
      const nodes = diagramNodeIds('header');
      const firstNode = nodes.find((n) => changed.has(n.stage))!;
      for (const { stage, testId } of nodes) {
        const state = changed.has(stage) ? 'changed' : 'ok';
        // What changes is downstream of the first change; what the first change is computed from is untouched.
        if (state === 'changed') expect(stage === first || upstreamOf(stage).includes(first), `${stage} is downstream of ${first}`).toBe(true);
        if (upstreamOf(first).includes(stage)) expect(state, `${stage} is upstream of ${first}`).toBe('ok');
        await expect(lab.node(testId), testId).toHaveAttribute('data-state', state);
      }
      await expect(lab.node(firstNode.testId)).toHaveAttribute('data-first', 'true');
      await expect(lab.node(firstNode.testId)).toContainText('changes first');

      // The detail shows the difference inside the value; a hash is compared whole.
      await lab.show(firstNode.testId);
      await expect(lab.differences(firstNode.testId).first()).toBeVisible();
      await lab.show('signature');
      const diff = lab.stage('signature').getByTestId('stage-difference');
      await expect(diff).toHaveAttribute('data-value', 'whole');
      await expect(lab.differences('signature')).toHaveText([run.before.stages.signature.text, run.after.stages.signature.text]);
    });
  }

  test('turning a what-if on paints it; the picker paints any one, by keyboard too, and nothing when set back', async ({ lab, page }) => {
    await lab.loadExample('s3-get-temporary');
    await lab.setRequest(RICH);
    await page.getByTestId('whatif-headers-untrimmed').check();
    await expect(lab.paint).toHaveValue('headers-untrimmed');
    await expect(lab.node('canonical-request')).toHaveAttribute('data-state', 'changed');
    await expect(lab.node('k-date')).toHaveAttribute('data-state', 'ok');
    await lab.paint.focus();
    await lab.paint.selectOption('');
    await expect(lab.node('canonical-request')).toHaveAttribute('data-state', 'ok');
    await lab.paint.selectOption('key-chain-hex-text');
    await expect(lab.node('k-date')).toHaveAttribute('data-state', 'ok');
    await expect(lab.node('k-region')).toHaveAttribute('data-state', 'changed');
    await expect(lab.node('canonical-request')).toHaveAttribute('data-state', 'ok');
  });
});

test('a server’s answer is painted on the diagram: its first difference and every stage computed from it', async ({ lab, page }) => {
  await lab.loadExample('s3-get-temporary');
  await lab.revealSecrets.click();
  const ours = (await lab.value('canonical-request'))!;
  const sts = (await lab.value('string-to-sign'))!;
  // The server saw the Range header changed in transit: its canonical request, and so its hash, differ.
  const server = ours.replace('range:bytes=0-9', 'range:bytes=0-99');
  const serverSts = sts.replace(/[0-9a-f]{64}$/, createHash('sha256').update(server).digest('hex'));
  await page.getByTestId('echo-input').fill(`<Error><Code>SignatureDoesNotMatch</Code><StringToSign>${serverSts}</StringToSign><CanonicalRequest>${server}</CanonicalRequest></Error>`);
  await expect(page.getByTestId('echo-diff')).toHaveAttribute('data-value', 'canonical-headers');
  await expect(lab.paint).toHaveValue('echo');
  const changed = new Set(downstreamOf(['canonicalHeaders'], readsWhole));
  for (const { stage, testId } of diagramNodeIds('header')) await expect(lab.node(testId), testId).toHaveAttribute('data-state', changed.has(stage) ? 'changed' : 'ok');
  await lab.show('canonical-request');
  const diff = lab.stage('canonical-request').getByTestId('stage-difference');
  await expect(diff).toHaveAttribute('data-value', 'lines');
  // Byte by byte: the one 9 only the server has.
  await expect(lab.differences('canonical-request')).toHaveText(['9']);
  // The string to sign differs in its hash line, compared whole.
  await lab.show('string-to-sign');
  await expect(lab.differences('string-to-sign')).toHaveText([serverSts.split('\n')[3]!, sts.split('\n')[3]!]);
});
