/** What the diagram paints and shows: a what-if or an echo computed into changed stages, and the store's choice of node and painting. */
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLES } from '../content/examples';
import { runWhatIf, WHATIFS } from '../diagnose';
import { importRequest } from '../inputs';
import { useStore } from './index';
import { computeLab } from './lab-compute';
import { computeEcho, computePainting } from './lab-diagnose';

const inputs = EXAMPLES['iam-listusers'].inputs;
const result = computeLab(inputs);
const trace = result.trace!;

describe('computePainting', () => {
  it('paints nothing when nothing is chosen', () => {
    expect(computePainting(null, result, null)).toBeNull();
  });

  it('a what-if paints exactly the stages whose values differ, first the earliest', () => {
    const w = WHATIFS.find((x) => x.id === 'wrong-region')!;
    const run = runWhatIf(w, { requestText: importRequest(inputs.requestText).httpText, options: result.options! });
    const p = computePainting('wrong-region', result, null);
    if (p?.status !== 'painted') throw new Error(String(p?.status));
    expect(p.changed).toEqual(run.impact.changed.filter((id) => trace.stages[id] !== null));
    // The region is the scope's second component: kDate is the same, kRegion down is not.
    expect(p.changed).not.toContain('kDate');
    expect(p.changed).toContain('kRegion');
    expect([p.first, p.sides]).toEqual(['credentialScope', ['correct', 'mistaken']]);
  });

  it('a mistake made after signing compares what was signed with what the server computes', () => {
    const p = computePainting('charset-added-after-signing', computeLab(EXAMPLES['sts-assume-role'].inputs), null);
    if (p?.status !== 'painted') throw new Error(String(p?.status));
    expect(p.sides).toEqual(['mistaken', 'server']);
    expect(p.first).toBe('canonicalHeaders');
  });

  it('an echo paints the differing stages and every stage computed from them; the key chain from the scope component that differs', () => {
    const sts = trace.stages.stringToSign.text.replace('/iam/', '/sts/');
    const echo = computeEcho(`<Error><Code>SignatureDoesNotMatch</Code><StringToSign>${sts}</StringToSign></Error>`, result);
    const p = computePainting('echo', result, echo);
    if (p?.status !== 'painted') throw new Error(String(p?.status));
    expect(p.first).toBe('credentialScope');
    expect(p.changed).toEqual(['credentialScope', 'stringToSign', 'kService', 'kSigning', 'signature', 'authorization', 'signedRequest']);
    expect(p.values[0]).toEqual({ texts: { stringToSign: sts, canonicalRequestHash: trace.stages.canonicalRequestHash.text } });
  });

  it('says why there is nothing to paint', () => {
    expect(computePainting('echo', result, null)).toEqual({ status: 'unavailable', reason: 'no-echo' });
    const broken = computeLab({ ...inputs, requestText: 'GET / HTTP/1.1\nHost x\n' });
    expect(computePainting('wrong-region', broken, null)).toEqual({ status: 'unavailable', reason: 'no-trace' });
  });
});

describe('the store', () => {
  const s = () => useStore.getState();

  it('paints the what-if turned on last, and the one before it when that is turned off', async () => {
    s().loadExample('iam-listusers');
    s().toggleWhatIf('wrong-region', true);
    s().toggleWhatIf('headers-untrimmed', true);
    expect(s().lab.paint).toBe('headers-untrimmed');
    s().toggleWhatIf('headers-untrimmed', false);
    expect(s().lab.paint).toBe('wrong-region');
    await vi.waitFor(() => expect(s().lab.painting).toMatchObject({ status: 'painted', first: 'credentialScope' }));
    s().setPaint('query-lowercase-hex');
    await vi.waitFor(() => expect(s().lab.painting).toMatchObject({ status: 'painted', source: 'whatif' }));
    s().toggleWhatIf('wrong-region', false);
    // The pick stays: it was not the what-if turned off.
    expect(s().lab.paint).toBe('query-lowercase-hex');
    s().setPaint(null);
    await vi.waitFor(() => expect(s().lab.painting).toBeNull());
  });

  it('paints a pasted echo, and gives the diagram back to the what-ifs when it is cleared', async () => {
    s().toggleWhatIf('wrong-region', true);
    s().setEchoText(`<Error><StringToSign>${trace.stages.stringToSign.text}</StringToSign></Error>`);
    expect(s().lab.paint).toBe('echo');
    await vi.waitFor(() => expect(s().lab.painting).toMatchObject({ status: 'painted', source: 'echo', changed: [] }));
    s().setEchoText('');
    expect(s().lab.paint).toBe('wrong-region');
    s().toggleWhatIf('wrong-region', false);
    expect(s().lab.paint).toBeNull();
  });

  it('the walkthrough opens the detail of the stage each step computes; a mode keeps a node of its own selected', () => {
    s().loadExample('iam-listusers');
    s().select('kRegion');
    expect(s().lab.selected).toBe('kRegion');
    s().walkNext();
    expect(s().lab.selected).toBe('canonicalRequest');
    for (let i = 0; i < 12; i++) s().walkNext();
    expect(s().lab.selected).toBe('signature');
    s().walkPrev();
    expect(s().lab.selected).toBe('kSigning');
    s().walkExit();
    s().select('canonicalQuery');
    expect(s().lab.selected).toBe('canonicalRequest');
    s().select('authorization');
    s().setLabField('mode', 'query');
    expect(s().lab.selected).toBe('presignedUrl');
    s().loadExample('iam-listusers');
    expect(s().lab.selected).toBe('authorization');
  });
});
