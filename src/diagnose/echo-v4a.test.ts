/**
 * The echo diff and its causes on SigV4a requests: a scope without region, the region set signed as
 * a header or parameter, and random signatures judged by the public key, never by equality.
 */
import { describe, expect, it } from 'vitest';
import { parseRequest, signRequest, type SigningOptions, type Trace } from '../sigv4';
import { P256 } from '../sigv4/p256';
import { options } from '../sigv4/test-support/sign-fixtures';
import { likelyCauses } from './causes';
import { diffEcho } from './echo-diff';

const MRAP = 'GET /photos/cat.jpg HTTP/1.1\nHost: mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com\n';
const v4a = (o: Partial<SigningOptions> = {}): Trace =>
  signRequest(parseRequest(MRAP), { ...options({ service: 's3', region: '*', doubleUriEncode: false, normalizePath: false, signBody: true }), algorithm: 'sigv4a', curve: P256, ...o });

describe('a SigV4a echo', () => {
  it('a region set the server computed otherwise: the canonical headers differ first, and the cause names the region set', () => {
    const ours = v4a();
    const server = v4a({ region: 'us-east-1' });
    const diff = diffEcho({ canonicalRequest: server.stages.canonicalRequest.text, stringToSign: server.stages.stringToSign.text }, ours);
    expect(diff.firstDifference).toBe('canonicalHeaders');
    // The key is derived from the secret alone: no key of an HMAC chain is marked.
    expect(diff.differing).not.toContain('kDate');
    expect(diff.differing).not.toContain('kRegion');
    const causes = likelyCauses(diff, ours);
    expect(causes[0]).toMatchObject({ id: 'region-set-differs', stage: 'canonicalHeaders', params: { server: 'us-east-1', ours: '*' } });
  });

  it('in a presigned URL, the region set is a parameter of the canonical query', () => {
    const ours = v4a({ mode: 'query' });
    const server = v4a({ mode: 'query', region: 'eu-west-1,us-east-1' });
    const diff = diffEcho({ canonicalRequest: server.stages.canonicalRequest.text }, ours);
    expect(diff.firstDifference).toBe('canonicalQuery');
    const ids = likelyCauses(diff, ours).map((c) => c.id);
    expect(ids).toContain('region-set-differs');
    expect(ids).not.toContain('wrong-region');
    expect(ids).not.toContain('wrong-service');
  });

  it('a signature made with another nonce is the same signature: it verifies with our public key', () => {
    const ours = v4a();
    const aws = v4a({ nonceEntropy: new Uint8Array(32).fill(7) });
    expect(aws.stages.signature.text).not.toBe(ours.stages.signature.text);
    const diff = diffEcho({ stringToSign: ours.stages.stringToSign.text, signatureProvided: aws.stages.signature.text.toUpperCase() }, ours);
    expect(diff.signature).toMatchObject({ equal: true });
    expect(diff.firstDifference).toBeNull();
    // Another secret's signature does not verify: with equal texts, the secret is what differs, and there is no HMAC chain to blame.
    const other = v4a({ credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'another-secret' } });
    const wrong = diffEcho({ stringToSign: ours.stages.stringToSign.text, signatureProvided: other.stages.signature.text }, ours);
    expect(wrong.signature).toMatchObject({ equal: false });
    expect(wrong.firstDifference).toBe('signature');
    expect(likelyCauses(wrong, ours).map((c) => c.id)).toEqual(['secret-key']);
  });

  it('signed with SigV4 where SigV4a was expected: the algorithm, with no region cause made up from a scope without one', () => {
    const ours = signRequest(parseRequest(MRAP), options({ service: 's3', region: 'us-east-1' }));
    const server = v4a();
    const diff = diffEcho({ stringToSign: server.stages.stringToSign.text }, ours);
    // Without the server's canonical request, its different hash says the canonical request differs too (SigV4a signs X-Amz-Region-Set).
    expect(diff.firstDifference).toBe('canonicalRequest');
    const ids = likelyCauses(diff, ours).map((c) => c.id);
    expect(ids).toContain('algorithm-differs');
    expect(ids).not.toContain('wrong-region');
    expect(ids).not.toContain('wrong-service');
  });
});
