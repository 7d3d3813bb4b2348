import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { messageParts } from './message-parts';
import { messageText } from './messages';
import { GRAPH_CASES, GRAPH_OPTS } from './test-support/graph-cases';
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

describe('messageParts', () => {
  const every = GRAPH_CASES.flatMap(([, id, v]) => buildFlow(id, { ...GRAPH_OPTS, ...v }).steps.flatMap((s) => s.exchanges));
  it('tiles every message of every scenario exactly, with no empty part', () => {
    for (const e of every) {
      const parts = messageParts(e);
      expect(parts.map((p) => p.text).join('')).toBe(e.text);
      expect(parts.every((p) => p.text !== '')).toBe(true);
    }
  });
  it('cuts an HTTP message into its start line, its headers and its body', () => {
    const assume = f.steps[1]!.exchanges[0]!;
    const parts = messageParts(assume);
    expect(parts.map((p) => p.part)).toEqual(['start', 'headers', 'body']);
    expect(parts[0]!.text).toBe('POST / HTTP/1.1\n');
    expect(parts[1]!.text).toMatch(/^Host: sts\.us-east-1\.amazonaws\.com\n[\s\S]*\n\n$/);
    expect(parts[2]!.text).toMatch(/^Action=AssumeRole&/);
    expect(messageParts(f.steps[0]!.exchanges[0]!).map((p) => p.part)).toEqual(['start', 'headers']);
    expect(messageParts(f.steps[3]!.exchanges[0]!).map((p) => p.part)).toEqual(['document']);
  });
});
