/**
 * The credential flow's words: the model names scenarios, variants, nodes, steps and verdicts by
 * key and fills their slots from its params; these check every key has words and every slot a value.
 */
import { describe, expect, it } from 'vitest';
import { buildFlow, INITIAL_FLOW_STATE, SCENARIOS, type Flow } from '../flow';
import { graphFor } from '../flow/view';
import { flowExplanations } from './en/flow-explanations';
import { loadLang, loadSection, tx } from './i18n';

// The step explanations are in the views section, which loads after first paint.
await Promise.all([loadLang('ja'), loadSection('views', 'en'), loadSection('views', 'ja')]);
const words = flowExplanations as Readonly<Record<string, string>>;

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;
/** A free-text variant's value that takes the path the default does not (too short, wrong id, another subject). */
const ODD_VALUE = 'x';

/** Every scenario with its defaults, and with each value of each variant. */
const FLOWS: readonly (readonly [string, Flow])[] = SCENARIOS.flatMap((s) => [
  [s.id, buildFlow(s.id, OPTS)] as const,
  ...s.variants.flatMap((v) =>
    (v.values.length > 0 ? v.values : [ODD_VALUE]).map((value) => [`${s.id} ${v.name}=${value}`, buildFlow(s.id, { ...OPTS, [v.name]: value })] as const),
  ),
]);

describe('the flow names only worded keys', () => {
  it('names every scenario, variant and node', () => {
    for (const s of SCENARIOS) {
      expect(words[s.titleKey]).toBeTruthy();
      for (const lang of ['en', 'ja'] as const) expect(tx(lang, s.summaryKey)).not.toBe(s.summaryKey);
      for (const v of s.variants) expect(words[v.labelKey]).toBeTruthy();
    }
  });

  it.each(FLOWS)('%s: every explanation and the verdict fill every slot', (_name, f) => {
    for (const s of f.steps) {
      expect(tx('en', s.titleKey, s.params)).not.toMatch(/\{\w+\}/);
      expect(tx('en', s.explanationKey, s.params)).not.toMatch(/\{\w+\}/);
      for (const lang of ['en', 'ja'] as const) expect(tx(lang, s.explanationKey, s.params)).not.toBe(s.explanationKey);
    }
    expect(tx('en', f.verdict.explanationKey, f.verdict.params)).not.toMatch(/\{\w+\}/);
  });

  it('labels the graph in the reader\'s language, technical details as they are', () => {
    const f = buildFlow('imdsv2', { seed: 1, clock: OPTS.clock });
    const imds = graphFor(f, INITIAL_FLOW_STATE).nodes.find((n) => n.id === 'imds')!;
    expect([tx('ja', imds.labelKey), imds.labelKey, imds.detail]).toEqual(['インスタンスメタデータサービス', 'node.imds', '169.254.169.254']);
    expect(tx('en', imds.labelKey)).toBe('Instance Metadata Service');
  });
});
