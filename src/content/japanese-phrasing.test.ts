/**
 * The review of the Japanese texts (/work/shared/reference/japanese-phrasing.md): each phrasing it
 * marked as "now" must not come back into the ja catalogue, and the node labels break between words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messages } from './ja';
import { flow as jaFlow } from './ja/flow';
import { flowExplanations as jaFlowExplanations } from './ja/flow-explanations';
import { tour as jaTour } from './ja/tour';
import { views as jaViews } from './ja/views';

/** The phrasings the review replaced, as they read before. */
const REPLACED: readonly (readonly [string, RegExp])[] = [
  ['「以後…リクエストはすべてそれを送ります」', /リクエストはすべてそれを送ります/],
  ['「…を一覧し」', /を一覧し/],
  ['「これが v2 のある理由です」', /これが v2 のある理由です/],
  ['「ブリッジの内側のコンテナ」', /ブリッジの内側/],
  ['「エラー文書」', /エラー文書/],
  ['「v1 を止められます」', /v1 を止められます/],
];

const all = Object.entries(messages as Readonly<Record<string, string>>);
/** The flow's own words, where a step is a ステップ (the lab's signing stages stay 段階). */
const flowWords = Object.entries({ ...jaFlow, ...jaFlowExplanations, ...jaTour, ...jaViews } as Readonly<Record<string, string>>);

describe('Japanese phrasings from the review', () => {
  it.each(REPLACED)('%s does not come back', (_name, re) => {
    expect(all.filter(([, v]) => re.test(v)).map(([k]) => k)).toEqual([]);
    expect(flowWords.filter(([, v]) => re.test(v)).map(([k]) => k)).toEqual([]);
  });
  it('a step of the flow is ステップ, never 段階', () => {
    expect(flowWords.filter(([, v]) => v.includes('段階')).map(([k]) => k)).toEqual([]);
  });
  it('the trust-policy question ends in a full-width ？', () => {
    for (const key of ['flow.trust.question', 'edge.trustCheck'] as const) {
      const text = (({ ...jaFlow, ...jaViews }) as Readonly<Record<string, string>>)[key]!;
      expect(text.endsWith('？')).toBe(true);
      expect(text).not.toContain('?');
    }
  });
  it('no half-width ? ends a Japanese sentence of the flow', () => {
    expect(flowWords.filter(([, v]) => /[\u3040-\u30ff\u4e00-\u9fff]\?/.test(v)).map(([k]) => k)).toEqual([]);
  });
  it('node names break between words in Japanese (keep-all, anywhere as the fallback)', () => {
    const css = readFileSync(new URL('../ui/flow/flow-graph.css', import.meta.url), 'utf8');
    const rule = /\.journey-node:lang\(ja\) \.journey-node-label \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toContain('word-break: keep-all;');
    expect(rule).toContain('overflow-wrap: anywhere;');
  });
});
