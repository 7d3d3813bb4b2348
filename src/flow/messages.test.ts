import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { messageText } from './messages';
import { makeStep, exchange } from './steps-common';

const f = buildFlow('imdsv2', { seed: 1, clock: '2024-01-15T12:00:00Z' });

describe('messageText', () => {
  it('is the one exchange asked for, clamped to the step', () => {
    const s = f.steps[0]!;
    expect(messageText(s, 0)).toBe(s.exchanges[0]!.text);
    expect(messageText(s, 99)).toBe(s.exchanges.at(-1)!.text);
    expect(messageText(s, -1)).toBe(s.exchanges[0]!.text);
  });
  it('joins every exchange with exactly one blank line, each text intact', () => {
    const s = f.steps[0]!;
    const all = messageText(s);
    let at = 0;
    for (const e of s.exchanges) {
      const i = all.indexOf(e.text, at);
      expect(i).toBeGreaterThanOrEqual(at);
      at = i + e.text.length;
    }
    expect(all).not.toMatch(/\n\n\n\n/);
    expect(all.startsWith('PUT /latest/api/token HTTP/1.1\n')).toBe(true);
  });
  it('separates texts by their endings', () => {
    const step = (...texts: string[]) =>
      makeStep({
        number: 1,
        id: 'trust-check',
        from: 'sts',
        to: 'iam',
        outcome: 'ok',
        exchanges: texts.map((t) => exchange('sts', 'iam', 'policy', t)),
        explanationKey: 'explain.trust.allow',
        params: {},
      });
    expect(messageText(step('a', 'b\n', 'c\n\n', 'd'))).toBe('a\n\nb\n\nc\n\nd');
    expect(messageText(step('only'))).toBe('only');
  });
});
