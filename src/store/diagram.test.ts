/** The diagram derived from the registry: nodes, edges, how a difference runs down, node states. */
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../content/examples';
import { runWhatIf, WHATIFS } from '../diagnose';
import { importRequest } from '../inputs';
import { cardStages, STAGE_ORDER, type SigningMode } from '../sigv4';
import { diagramEdges, diagramNodes, downstreamOf, nodeState, readsWhole, upstreamOf } from './diagram';
import { computeLab, resolveOptions } from './lab-compute';
import { stageCards } from './stage-cards';

const MODES: readonly SigningMode[] = ['header', 'query'];

describe('diagramNodes and diagramEdges', () => {
  it.each(MODES)('%s mode: a node for every card of the mode, in spec order', (mode) => {
    expect(diagramNodes(mode)).toEqual(cardStages(mode).map((d) => d.id));
  });

  it.each(MODES)('%s mode: every edge joins drawn ends, once, and every node but the sources has an arrow in', (mode) => {
    const nodes = diagramNodes(mode);
    const edges = diagramEdges(mode);
    for (const e of edges) {
      expect(e.from === 'request' || e.from === 'secret' || nodes.includes(e.from), `${e.from} → ${e.to}`).toBe(true);
      expect(nodes).toContain(e.to);
      expect(e.from).not.toBe(e.to);
    }
    expect(new Set(edges.map((e) => `${e.from}>${e.to}`)).size).toBe(edges.length);
    for (const n of nodes) expect(edges.some((e) => e.to === n), n).toBe(true);
  });

  it('draws the two chains meeting at the signature', () => {
    const edges = diagramEdges('header').map((e) => `${e.from}>${e.to}`);
    expect(edges).toEqual(expect.arrayContaining([
      'request>canonicalRequest', 'canonicalRequest>canonicalRequestHash', 'canonicalRequestHash>stringToSign',
      'secret>kSecret', 'kSecret>kDate', 'kDate>kRegion', 'kRegion>kService', 'kService>kSigning',
      'kSigning>signature', 'stringToSign>signature', 'signature>authorization',
    ]));
    // A part feeds through the canonical request; the scope is drawn inside the nodes that use it.
    expect(edges).toContain('canonicalRequest>authorization');
    expect(edges.some((e) => e.startsWith('credentialScope'))).toBe(false);
    expect(diagramEdges('query').map((e) => `${e.from}>${e.to}`)).toContain('signature>presignedUrl');
  });

});

describe('downstreamOf', () => {
  it('runs from a part of the canonical request down to the signed request', () => {
    expect(downstreamOf(['canonicalQuery'])).toEqual(['canonicalQuery', 'canonicalRequest', 'canonicalRequestHash', 'stringToSign', 'signature', 'authorization', 'presignedUrl', 'signedRequest']);
  });

  it('runs from a key down the chain only, and can leave an edge out', () => {
    expect(downstreamOf(['kRegion'])).toEqual(['kRegion', 'kService', 'kSigning', 'signature', 'authorization', 'presignedUrl', 'signedRequest']);
    expect(downstreamOf(['credentialScope'], readsWhole)).toEqual(['credentialScope', 'stringToSign', 'signature', 'authorization', 'presignedUrl', 'signedRequest']);
    expect(downstreamOf(['canonicalHeaders'], readsWhole)).not.toContain('signedHeaders');
    expect(downstreamOf([])).toEqual([]);
  });

  it('upstreamOf is its mirror', () => {
    expect(upstreamOf('kDate')).toEqual(['credentialScope', 'kSecret']);
    for (const id of STAGE_ORDER) for (const up of upstreamOf(id)) expect(downstreamOf([up])).toContain(id);
  });

  // Every stage downstream of a changed one is itself changed, where it reads the whole of its input:
  // hashes and HMACs leave nothing equal. The what-ifs' own requests are those of e2e/debug.spec.ts.
  const RICH = 'GET /prod/@connections/R0oiqdJ8IAMCJog%3D?tag-key=2&tag:Name=x%20y&q=a+b HTTP/1.1\nHost: abc.execute-api.us-east-1.amazonaws.com\nContent-Type: application/json\nMy-Header:  a   b\nMy-Header: c\n';
  const { options } = resolveOptions({ ...EXAMPLES['s3-get-temporary'].inputs, requestText: RICH, region: 'us-east-1', service: 'execute-api' });
  const S3 = 'GET /my-object//example//photo%2Fuser.jpg HTTP/1.1\nHost: examplebucket.s3.ap-northeast-1.amazonaws.com\n';
  const s3 = resolveOptions({ ...EXAMPLES['s3-get-temporary'].inputs, requestText: S3 }).options!;
  it.each(WHATIFS.map((w) => [w.id, w] as const))('%s: the stages that change are those downstream of the ones that changed', (id, w) => {
    const [text, opts] = id === 's3-path-normalised' ? [S3, s3] : [RICH, options!];
    const run = runWhatIf(w, { requestText: importRequest(text).httpText, options: opts });
    const changed = run.impact.changed.filter((s) => run.before.stages[s] !== null);
    expect(changed).toContain('signature');
    expect(downstreamOf(changed, readsWhole).filter((s) => run.before.stages[s] !== null)).toEqual(changed);
  });
});

describe('nodeState', () => {
  const ok = computeLab(EXAMPLES['iam-listusers'].inputs);
  const cards = stageCards(ok, ok, false, null);
  const broken = computeLab({ ...EXAMPLES['iam-listusers'].inputs, requestText: 'GET / HTTP/1.1\nHost iam\n' });
  const brokenCards = stageCards(broken, broken, false, null);

  it('ok, changed, pending before the walkthrough reaches it, error when its input is bad', () => {
    expect(nodeState(cards.signature, true, false)).toBe('ok');
    expect(nodeState(cards.signature, true, true)).toBe('changed');
    expect(nodeState(cards.signature, false, true)).toBe('pending');
    expect(nodeState(brokenCards.signature, true, false)).toBe('error');
    expect(nodeState(brokenCards.kSigning, true, false)).toBe('ok');
    expect(nodeState(undefined, true, false)).toBe('pending');
    expect(nodeState({ ...cards.signature, pending: true }, true, false)).toBe('pending');
  });
});
