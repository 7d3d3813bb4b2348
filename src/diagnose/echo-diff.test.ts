import { describe, expect, it } from 'vitest';
import type { StageId } from '../sigv4';
import { diffEcho } from './echo-diff';
import { IAM_REQUEST, iamOptions, sign } from './test-fixtures';

const trace = sign(IAM_REQUEST, iamOptions());
const CREQ = trace.stages.canonicalRequest.text;
const STS = trace.stages.stringToSign.text;

describe('diffEcho', () => {
  it('finds nothing in an echo of our own texts', () => {
    const d = diffEcho({ canonicalRequest: CREQ, stringToSign: STS }, trace);
    expect(d.canonicalRequest!.equal && d.stringToSign!.equal).toBe(true);
    expect(d.firstDifference).toBeNull();
    expect(d.signature).toBeNull();
  });

  it('leaves out what the server did not echo', () => {
    const d = diffEcho({ stringToSign: STS }, trace);
    expect(d.canonicalRequest).toBeNull();
    expect(d.stringToSign!.equal).toBe(true);
  });

  it.each<[string, (s: string) => string, StageId]>([
    ['the method', (s) => s.replace(/^GET/, 'POST'), 'canonicalRequest'],
    ['the path', (s) => s.replace('\n/\n', '\n/a%253D\n'), 'canonicalUri'],
    ['the query', (s) => s.replace('ListUsers', 'ListRoles'), 'canonicalQuery'],
    ['a header value', (s) => s.replace('charset=utf-8', 'charset=UTF-8'), 'canonicalHeaders'],
    ['the signed headers', (s) => s.replace('content-type;host;x-amz-date', 'host;x-amz-date'), 'signedHeaders'],
    ['the payload hash', (s) => s.replace(/e3b0c4[0-9a-f]+$/, 'UNSIGNED-PAYLOAD'), 'payloadHash'],
  ])('names %s as the first difference of the canonical request', (_name, mutate, stage) => {
    const server = mutate(CREQ);
    expect(server).not.toBe(CREQ);
    expect(diffEcho({ canonicalRequest: server }, trace).firstDifference).toBe(stage);
  });

  it('names the earliest stage when several differ, in spec order', () => {
    const server = CREQ.replace('charset=utf-8', 'charset=UTF-8').replace('ListUsers', 'ListRoles');
    expect(diffEcho({ canonicalRequest: server, stringToSign: STS.replace('us-east-1', 'eu-west-1') }, trace).firstDifference).toBe('canonicalQuery');
  });

  it('lists every stage that differs, with the key whose scope component differs', () => {
    const server = CREQ.replace('charset=utf-8', 'charset=UTF-8').replace('ListUsers', 'ListRoles');
    expect(diffEcho({ canonicalRequest: server, stringToSign: STS.replace('us-east-1', 'eu-west-1') }, trace).differing).toEqual(['canonicalQuery', 'canonicalHeaders', 'credentialScope', 'kRegion']);
    expect(diffEcho({ stringToSign: STS.replace('/iam/', '/sts/') }, trace).differing).toEqual(['credentialScope', 'kService']);
    expect(diffEcho({ canonicalRequest: CREQ, stringToSign: STS }, trace).differing).toEqual([]);
  });

  it('maps string-to-sign lines to their stages', () => {
    expect(diffEcho({ stringToSign: STS.replace('us-east-1', 'eu-west-1') }, trace).firstDifference).toBe('credentialScope');
    expect(diffEcho({ stringToSign: STS.replace('T123600Z', 'T124600Z') }, trace).firstDifference).toBe('stringToSign');
    // Only the hash differs: without the server's canonical request, that says the canonical request differs.
    const hashOnly = STS.replace(/[0-9a-f]{64}$/, '0'.repeat(64));
    expect(diffEcho({ stringToSign: hashOnly }, trace).firstDifference).toBe('canonicalRequest');
    expect(diffEcho({ canonicalRequest: CREQ, stringToSign: hashOnly }, trace).firstDifference).toBe('canonicalRequestHash');
  });

  it('shows invisible differences as bytes: a trailing space after a header value', () => {
    const d = diffEcho({ canonicalRequest: CREQ.replace('iam.amazonaws.com\n', 'iam.amazonaws.com \n') }, trace);
    const host = d.canonicalRequest!.lines.find((l) => l.header === 'host')!;
    expect(host.equal).toBe(false);
    expect(host.bytes!.map((r) => r.kind)).toEqual(['equal', 'deleted']);
    expect([...host.bytes![1]!.server]).toEqual([0x20]);
    expect([host.serverLine, host.oursLine]).toEqual([4, 4]);
  });

  it('compares the signature the client sent, and names it when the texts are equal', () => {
    const d = diffEcho({ canonicalRequest: CREQ, stringToSign: STS, signatureProvided: 'AB'.repeat(32) }, trace);
    expect(d.signature).toEqual({ provided: 'ab'.repeat(32), ours: trace.stages.signature.text, equal: false });
    expect(d.firstDifference).toBe('signature');
    const same = diffEcho({ signatureProvided: trace.stages.signature.text.toUpperCase() }, trace);
    expect(same.signature!.equal).toBe(true);
    expect(same.firstDifference).toBeNull();
  });
});
