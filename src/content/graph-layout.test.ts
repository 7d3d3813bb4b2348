/**
 * The layouts, checked as geometry with each language's real words (beside the catalogue, as
 * flow-words.test.ts is) for every scenario and every variant that takes another path, both
 * drawings, and the boxes the app gives the graph at 1280x800, 1920x1080 and 1024x768 (normal and
 * presenter) and on a phone: no edge passes behind a box, every edge is long enough to carry its
 * label, no label covers a box, another label or another edge, and the graph fills its box, at
 * zoom 1 wherever the box is large enough.
 */
import { describe, expect, it } from 'vitest';
import { buildFlow, LAYOUT_IDS, type LayoutId } from '../flow';
import { contains } from '../flow/geometry';
import { GRAPH_CASES, GRAPH_OPTS } from '../flow/test-support/graph-cases';
import { layoutProblems } from '../flow/test-support/layout-check';
import { layoutFlow } from '../flow/view';
import { loadLang, loadSection, tx, type Lang } from './i18n';

await Promise.all((['en', 'ja'] as const).map(async (l) => Promise.all([loadLang(l), loadSection('views', l)])));

/** Boxes the graph is given (CSS px) and its title size there: [name, width, height, em]. */
const BOXES: readonly (readonly [string, number, number, number])[] = [
  ['1280x800', 820, 540, 16],
  ['1280x800 beside a wide panel', 720, 440, 16],
  ['1920x1080', 1250, 820, 20],
  ['1920x1080 presenter', 1206, 713, 28],
  ['1024x768', 660, 480, 16],
  ['1024x768 presenter', 696, 576, 20],
  ['1024x768 presenter, stacked', 990, 420, 20],
  ['390x844 phone', 370, 480, 16],
];

/**
 * The boxes drawn at zoom 1, CSS sizes as they are: the reading layout everywhere but on the phone
 * (in the presenter boxes of 1024x768 with its labels a tenth smaller); the talk's slide at
 * 1280x800 and 1920x1080.
 */
const FULL_SIZE: Readonly<Record<LayoutId, readonly string[]>> = {
  graph: BOXES.map((b) => b[0]).filter((n) => !n.includes('phone')),
  talk: ['1280x800', '1920x1080'],
};

const em = 16;

const words = (lang: Lang) => (key: Parameters<typeof tx>[1]) => tx(lang, key);

describe.each(LAYOUT_IDS)('the %s layout', (layout) => {
  describe.each(BOXES)('in the box at %s', (boxName, width, height, titleSize) => {
    it.each(GRAPH_CASES.flatMap(([name, id, v]) => (['en', 'ja'] as const).map((lang) => [`${name} (${lang})`, id, v, lang] as const)))('%s', (_n, id, variants, lang) => {
      const flow = buildFlow(id, { ...GRAPH_OPTS, ...variants });
      const g = layoutFlow(flow, { layout, width, height, em: titleSize, words: words(lang) });
      expect(layoutProblems(flow, g, titleSize)).toEqual([]);
      expect(g.width * g.zoom).toBeCloseTo(width, 6);
      expect(g.height * g.zoom).toBeCloseTo(height, 6);
      if (FULL_SIZE[layout].includes(boxName)) expect(g.zoom).toBe(1);
    });
  });
});

describe('the layouts read as meant', () => {
  const flow = buildFlow('imdsv2', GRAPH_OPTS);
  const at = (layout: LayoutId) => layoutFlow(flow, { layout, width: 820, height: 540, em, words: words('en') });
  it('the signed API call runs from the instance straight to the API endpoint', () => {
    const g = at('graph');
    const six = g.edges.find((e) => e.step === 6)!;
    const [inst, api] = ['instance', 'api'].map((id) => g.nodes.find((n) => n.id === id)!.rect);
    expect(six.points).toHaveLength(2);
    expect(six.points[0]!.y).toBeCloseTo(inst!.y + inst!.height, 6);
    expect(six.points[1]!.y).toBeCloseTo(api!.y, 6);
  });
  it('the talk draws four boxes in a row, the metadata service inside the EC2 service, arrows ① to ⑤ in the slide\'s words', () => {
    const g = at('talk');
    const row = ['instance', 'ec2', 'sts', 'iam'].map((id) => g.nodes.find((n) => n.id === id)!.rect);
    expect(row.map((r) => r.x)).toEqual([...row.map((r) => r.x)].sort((a, b) => a - b));
    const imds = g.nodes.find((n) => n.id === 'imds')!;
    expect([imds.inside, contains(row[1]!, imds.rect)]).toEqual(['ec2', true]);
    expect(g.edges.slice(0, 5).map((e) => e.label.lines.map((l) => l.text).join(' '))).toEqual([
      'request the metadata',
      'call AssumeRole',
      'check the trust policy',
      'temporary credentials',
      'the metadata response',
    ]);
    expect(g.edges[5]!.extra).toBe(true);
  });
});

describe('labels a tenth smaller rather than the whole graph zoomed out', () => {
  const flow = buildFlow('imdsv2', GRAPH_OPTS);
  it.each(['en', 'ja'] as const)('presenting at 1024x768 (%s): titles at their size, labels at nine tenths', (lang) => {
    const g = layoutFlow(flow, { layout: 'graph', width: 696, height: 576, em: 20, words: words(lang) });
    expect([g.zoom, g.labelScale]).toEqual([1, 0.9]);
    expect(layoutProblems(flow, g, 20)).toEqual([]);
  });
  it('where the graph fits as it is, or labels would come out smaller than zooming draws them, they keep their size', () => {
    expect(layoutFlow(flow, { layout: 'graph', width: 820, height: 540, em: 16, words: words('en') }).labelScale).toBe(1);
    // Three fifths of 1024 px at 20 px type: zooming out to about 0.89 leaves labels larger than nine tenths at 0.92 would.
    const narrow = layoutFlow(flow, { layout: 'graph', width: 594, height: 560, em: 20, words: words('en') });
    expect(narrow.zoom).toBeLessThan(1);
    expect(narrow.labelScale).toBe(1);
    // The slide's gaps are sized to its labels as they are.
    expect(layoutFlow(flow, { layout: 'talk', width: 696, height: 576, em: 20, words: words('en') }).labelScale).toBe(1);
  });
});
