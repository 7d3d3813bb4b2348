/** The stage cards: derived once per result, unchanged ones kept as the same object, words filled from the values. */
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLES } from '../content/examples';
import { STAGE_ORDER } from '../sigv4';
import { computeLab } from './lab-compute';
import { useStore } from './index';
import { stageCards } from './stage-cards';

const inputs = EXAMPLES['iam-listusers'].inputs;
const result = computeLab(inputs);

describe('stageCards', () => {
  const cards = stageCards(result, result, false, null);

  it('has a card for every stage, its value and its explanation filled from the computed values', () => {
    expect(Object.keys(cards)).toEqual([...STAGE_ORDER]);
    expect(cards.signature.value).toBe('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
    expect(cards.signature.explain).toEqual({ key: 'stage.signature.explain', params: { hexLength: 64 } });
    expect(cards.kDate.explain).toEqual({ key: 'stage.kDate.explain', params: { date: '20150830' } });
    expect(cards.kDate.keyedBy).toBe('kSecret');
    expect(cards.stringToSign.explain?.params).toEqual({ amzDate: '20150830T123600Z', scope: '20150830/us-east-1/iam/aws4_request' });
    expect(cards.authorization.explain?.params).toEqual({ credential: 'AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request' });
    expect(cards.canonicalRequestHash.explain?.params.bytes).toBe(new TextEncoder().encode(result.canonical!.stages.canonicalRequest.text).length);
    expect(cards.payloadHash.explain).toEqual({ key: 'part.payloadHash.hint.body', params: { bodyBytes: 0 } });
    // kSecret's value is its masked form, which the card draws; it is available all the same.
    expect([cards.kSecret.value, cards.kSecret.unavailable, cards.kSecret.sourced?.text]).toEqual([null, null, `AWS4${inputs.secretAccessKey}`]);
  });

  it('builds the reproduce commands once, for the reveal state in force', () => {
    expect(cards.kDate.reproduce.join('\n')).not.toContain(inputs.secretAccessKey);
    expect(stageCards(result, result, true, cards).kDate.reproduce.join('\n')).toContain(inputs.secretAccessKey);
    expect(cards.canonicalUri.reproduce).toEqual([]);
  });

  it('keeps a card that did not change as the same object', () => {
    const edited = computeLab({ ...inputs, requestText: inputs.requestText + 'X-Extra: 1\n' });
    const next = stageCards(edited, edited, false, cards);
    for (const id of ['kSecret', 'kDate', 'kRegion', 'kService', 'kSigning', 'canonicalUri', 'canonicalQuery'] as const) expect(next[id], id).toBe(cards[id]);
    // The empty body's hash now points after the added line: same text, new provenance.
    for (const id of ['payloadHash', 'canonicalHeaders', 'canonicalRequest', 'stringToSign', 'signature', 'authorization'] as const) expect(next[id], id).not.toBe(cards[id]);
    expect(stageCards(edited, edited, false, next)).toEqual(next);
  });

  it('says why a stage has no value, by what it waits for', () => {
    const broken = computeLab({ ...inputs, requestText: 'GET / HTTP/1.1\nHost iam\n' });
    const c = stageCards(broken, broken, false, null);
    expect([c.canonicalRequest.unavailable, c.signature.unavailable, c.kSigning.unavailable]).toEqual(['request', 'request', null]);
    const noSecret = computeLab({ ...inputs, secretAccessKey: '' });
    const d = stageCards(noSecret, noSecret, false, null);
    expect([d.stringToSign.unavailable, d.kDate.unavailable, d.signature.unavailable, d.kSecret.unavailable]).toEqual([null, 'secret', 'secret', 'secret']);
  });

  it('while a large body is hashed, keeps the last complete cards of the stages that wait for it, pending', () => {
    const big = computeLab({ ...inputs, requestText: `POST / HTTP/1.1\nHost: iam.amazonaws.com\n\n${'x'.repeat(1 << 20)}` });
    const c = stageCards(big, result, false, cards);
    expect(c.canonicalRequest).toEqual({ ...cards.canonicalRequest, pending: true, reproduce: [] });
    expect(c.signature.pending).toBe(true);
    // The key chain needs no body: drawn from the new result, without commands until the signature is there.
    expect([c.kSigning.pending, c.kSigning.value, c.kSigning.reproduce]).toEqual([false, cards.kSigning.value, []]);
  });
});

describe('the store', () => {
  it('holds the cards once their builder is loaded, and builds the reproduce commands again when secrets are revealed', async () => {
    await vi.waitFor(() => expect(useStore.getState().lab.stages).not.toBeNull());
    const before = useStore.getState().lab.stages!;
    expect(before.signature.value).toBe(useStore.getState().lab.result.trace!.stages.signature.text);
    useStore.getState().setRevealSecrets(true);
    const after = useStore.getState().lab.stages!;
    expect(after.kDate.reproduce.join('\n')).toContain(useStore.getState().lab.inputs.secretAccessKey);
    // Revealing changes the commands, not the values: a card without commands stays the same object.
    expect(after.canonicalUri).toBe(before.canonicalUri);
    useStore.getState().setRevealSecrets(false);
  });
});
