/** The stage registry: one descriptor per stage, each fed only by stages before it, matching what signing returns. */
import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse-request';
import { signRequest } from './sign';
import { cardFor, cardStages, explanationMessages, STAGE_LIST, STAGE_ORDER, STAGES, stageExists, stageSlug, type StageId } from './stage-ids';
import type { StageView } from './stage-descriptor';
import { P256 } from './p256';
import { options } from './test-support/sign-fixtures';

const KIND = { part: 'text', canonical: 'text', text: 'text', authorization: 'text', digest: 'digest', secret: 'key', key: 'key', private: 'digest', 'ecdsa-key': 'digest' } as const satisfies Record<StageView, string>;
const isStage = (s: string): s is StageId => (STAGE_ORDER as readonly string[]).includes(s);

describe('the stage registry', () => {
  it('holds one descriptor per stage, in spec order, under its own id', () => {
    expect(STAGE_LIST.map((d) => d.id)).toEqual([...STAGE_ORDER]);
    for (const [id, d] of Object.entries(STAGES)) expect(d.id).toBe(id);
  });

  it('gives every stage its own test id and kebab-case name', () => {
    expect(new Set(STAGE_LIST.map((d) => d.testId)).size).toBe(STAGE_LIST.length);
    expect(new Set(STAGE_ORDER.map(stageSlug)).size).toBe(STAGE_ORDER.length);
    expect([stageSlug('canonicalHeaders'), stageSlug('kSecret'), stageSlug('authorization')]).toEqual(['canonical-headers', 'k-secret', 'authorization']);
  });

  it('feeds each stage only from stages before it, or from the request, the secret or the context', () => {
    for (const d of STAGE_LIST) {
      expect(d.inputs.length, d.id).toBeGreaterThan(0);
      for (const input of d.inputs) {
        if (isStage(input)) expect(STAGE_ORDER.indexOf(input), `${d.id} ← ${input}`).toBeLessThan(STAGE_ORDER.indexOf(d.id));
        else expect(['request', 'secret', 'context']).toContain(input);
      }
    }
  });

  it('names, for every explanation slot, a stage that exists', () => {
    for (const d of STAGE_LIST) {
      const messages = explanationMessages(d.id);
      for (const m of messages) for (const source of Object.values(m.slots)) if (!('fact' in source)) expect(isStage(Object.values(source)[0] as string)).toBe(true);
    }
  });

  const combos = (['header', 'query'] as const).flatMap((mode) => (['sigv4', 'sigv4a'] as const).map((algorithm) => ({ mode, algorithm })));
  it.each(combos)('describes what signing returns in $mode mode with $algorithm, and which stages get a card', ({ mode, algorithm }) => {
    const o = options({ mode });
    const trace = signRequest(parseRequest('GET /?a=b HTTP/1.1\nHost: iam.amazonaws.com\n'), algorithm === 'sigv4a' ? { ...o, algorithm, curve: P256 } : o);
    expect(Object.keys(trace.stages).sort()).toEqual([...STAGE_ORDER].sort());
    for (const d of STAGE_LIST) {
      const stage = trace.stages[d.id];
      expect(stage === null, d.id).toBe(!stageExists(d, mode, algorithm));
      if (stage) expect([stage.id, stage.kind]).toEqual([d.id, KIND[d.view]]);
    }
    expect(cardStages(mode, algorithm).map((d) => d.id)).toEqual(STAGE_ORDER.filter((id) => STAGES[id].card && trace.stages[id] !== null));
  });
});

describe('cardFor', () => {
  it('is a stage’s own card, the canonical request for a part, this mode’s last stage for the other mode’s', () => {
    expect(cardFor('kDate', 'header')).toBe('kDate');
    expect(cardFor('canonicalQuery', 'header')).toBe('canonicalRequest');
    expect(cardFor('authorization', 'query')).toBe('presignedUrl');
    expect(cardFor('presignedUrl', 'header')).toBe('authorization');
    for (const mode of ['header', 'query'] as const) for (const id of STAGE_ORDER) expect(cardStages(mode).map((d) => d.id)).toContain(cardFor(id, mode));
  });

  it('maps the other algorithm’s keys to the signature they make', () => {
    expect(cardFor('kSigning', 'header', 'sigv4a')).toBe('signature');
    expect(cardFor('privateKey', 'query', 'sigv4')).toBe('signature');
    expect(cardFor('k0', 'header', 'sigv4a')).toBe('k0');
    for (const mode of ['header', 'query'] as const) for (const id of STAGE_ORDER) expect(cardStages(mode, 'sigv4a').map((d) => d.id)).toContain(cardFor(id, mode, 'sigv4a'));
  });
});
