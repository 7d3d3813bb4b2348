/** The lab's computation: every example signs, half-typed input keeps what can be computed. */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_IDS, EXAMPLES } from '../content/examples';
import { verifySignedRequest, parseRequest, toHex, type KeyChain } from '../sigv4';
import { computeLab, presignedOf, splitLargePaste, type LabInputs } from './lab-compute';
import { P256 } from '../sigv4/p256';

const inputsOf = (id: (typeof EXAMPLE_IDS)[number]): LabInputs => EXAMPLES[id].inputs;

describe('examples', () => {
  it.each(EXAMPLE_IDS)('%s signs, and its signed request verifies', (id) => {
    const inputs = inputsOf(id);
    const r = computeLab(inputs, [], undefined, undefined, P256);
    expect(r.issues).toEqual([]);
    expect(r.trace).not.toBeNull();
    const v = verifySignedRequest(parseRequest(r.trace!.stages.signedRequest.text), inputs.secretAccessKey, P256);
    expect(v.status).toBe('match');
    expect(r.trace!.stages.publicKey === null).toBe(inputs.algorithm === 'sigv4');
  });

  it('s3-mrap waits for the curve: everything before the keys is computed, the keys and signature are not', () => {
    const r = computeLab(inputsOf('s3-mrap'));
    expect(r.awaitingCurve).toBe(true);
    expect(r.canonical?.stages.stringToSign.text).toMatch(/^AWS4-ECDSA-P256-SHA256\n20240517T090000Z\n20240517\/s3\/aws4_request\n[0-9a-f]{64}$/);
    expect(r.canonical?.stages.canonicalHeaders.text).toContain('x-amz-region-set:*');
    expect([r.keys, r.trace]).toEqual([null, null]);
  });

  it.each([
    ['iam-listusers', '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7'], // AWS General Reference
    ['iam-listusers-presigned', '37ac2f4fde00b0ac9bd9eadeb459b1bbee224158d66e7ae5fcadb70b2d181d02'], // AWS General Reference
    ['s3-presigned', 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404'], // Amazon S3 API Reference
  ] as const)('%s reproduces the documented signature', (id, signature) => {
    expect(computeLab(inputsOf(id)).trace?.stages.signature.text).toBe(signature);
  });

  it.each(['sts-assume-role', 's3-get-temporary', 'apigw-connections', 'lambda-invoke'] as const)('%s agrees with the AWS SDK signer', async (id) => {
    const e = inputsOf(id);
    const r = computeLab(e);
    const req = r.imported!.request;
    const headers: Record<string, string> = {};
    for (const h of req.headers) headers[h.name.text] = h.value.map((v) => v.text).join('').trim();
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'host')) headers.host = req.authority!.text;
    const query: Record<string, string> = {};
    for (const p of (req.query?.text ?? '').split('&').filter(Boolean)) {
      const [k, v = ''] = p.split('=');
      query[decodeURIComponent(k!)] = decodeURIComponent(v);
    }
    const s3 = e.service === 's3';
    const signer = new SignatureV4({
      service: e.service, region: e.region, sha256: Sha256, uriEscapePath: !s3, applyChecksum: s3,
      credentials: { accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey, sessionToken: e.sessionToken || undefined },
    });
    const t = e.signingTime;
    const date = new Date(`${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(9, 11)}:${t.slice(11, 13)}:${t.slice(13, 15)}Z`);
    const signed = await signer.sign(
      { method: req.method.text, protocol: 'https:', hostname: headers.host ?? '', path: req.path.text || '/', query, headers, body: req.body.text || undefined },
      { signingDate: date },
    );
    const auth = (signed as { headers: Record<string, string> }).headers.authorization;
    expect(auth).toBe(r.trace!.stages.authorization!.text);
  });
});

describe('half-typed input', () => {
  it('keeps the key chain when the request is broken, naming line and column', () => {
    const r = computeLab({ ...inputsOf('iam-listusers'), requestText: 'GET / HTTP/1.1\nHost iam.amazonaws.com\n' });
    expect(r.trace).toBeNull();
    expect(r.canonical).toBeNull();
    expect(r.keys).not.toBeNull();
    expect('kSigning' in r.keys! && toHex(r.keys.kSigning.bytes)).toMatch(/^[0-9a-f]{64}$/);
    expect(r.issues).toEqual([expect.objectContaining({ where: 'request', line: 2, column: 5, expected: 'header-colon' })]);
  });

  it('keeps the canonical request and string to sign without a secret', () => {
    const r = computeLab({ ...inputsOf('iam-listusers'), secretAccessKey: '' });
    expect(r.canonical?.stages.stringToSign.text).toContain('AWS4-HMAC-SHA256\n20150830T123600Z\n');
    expect(r.keys).toBeNull();
    expect(r.trace).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ where: 'field', field: 'secretAccessKey' })]);
  });

  it('names a bad signing time and region', () => {
    const r = computeLab({ ...inputsOf('iam-listusers'), signingTime: '2015-08-30', region: ' ' });
    expect(r.issues.map((i) => (i.where === 'field' ? i.field : i.where)).sort()).toEqual(['region', 'signingTime']);
    expect(r.canonical).toBeNull();
  });

  it('is empty, not an error, for an empty paste', () => {
    const r = computeLab({ ...inputsOf('iam-listusers'), requestText: '  \n' });
    expect(r.kind).toBe('empty');
    expect(r.issues).toEqual([]);
    expect(r.keys).not.toBeNull();
  });

  it('imports curl with -u and --aws-sigv4', () => {
    const r = computeLab({
      ...inputsOf('iam-listusers'),
      requestText: "curl --aws-sigv4 'aws:amz:us-east-1:iam' -u AKIDEXAMPLE:secret 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08'",
    });
    expect(r.kind).toBe('curl');
    expect(r.trace?.stages.canonicalRequest.text.split('\n')[2]).toBe('Action=ListUsers&Version=2010-05-08');
  });
});

describe('large bodies', () => {
  const big = 'x'.repeat(1 << 20);
  const base = { ...inputsOf('sts-assume-role'), requestText: `POST / HTTP/1.1\nHost: sts.amazonaws.com\n\n${big}` };

  it('waits for a digest computed elsewhere, keeping the key chain', () => {
    const r = computeLab(base);
    expect(r.pendingHash?.size).toBe(1 << 20);
    expect(r.canonical).toBeNull();
    expect(r.keys).not.toBeNull();
    expect(r.issues).toEqual([]);
  });

  it('uses the digest once it arrives for the same body, and only for it', () => {
    const pending = computeLab(base).pendingHash!;
    const sha256 = new Uint8Array(32).fill(7);
    const r = computeLab(base, [], { file: null, hash: { key: pending.key, sha256 } });
    expect(r.pendingHash).toBeNull();
    expect(r.canonical?.stages.payloadHash.text).toBe('07'.repeat(32));
    const other = computeLab({ ...base, requestText: base.requestText + 'y' }, [], { file: null, hash: { key: pending.key, sha256 } });
    expect(other.pendingHash).not.toBeNull();
  });

  it('needs no digest for UNSIGNED-PAYLOAD', () => {
    expect(computeLab({ ...base, payload: 'unsigned' }).pendingHash).toBeNull();
  });

  it('signs a dropped file as the body', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const r = computeLab(inputsOf('sts-assume-role'), [], { file: { name: 'b.bin', size: 3, bytes, blob: null }, hash: null });
    expect(r.canonical?.stages.payloadHash.text).toBe('039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81');
  });

  it('a large dropped file stays a Blob: the main thread holds no bytes of it, only the worker reads it', () => {
    const blob = new Blob([new Uint8Array(2 << 20)]);
    const r = computeLab(inputsOf('sts-assume-role'), [], { file: { name: 'big.bin', size: blob.size, bytes: null, blob }, hash: null });
    expect(r.pendingHash?.source).toBe(blob);
    expect(r.bodySize).toBe(2 << 20);
    expect(r.imported?.request.bodyBytes.length).toBe(0);
    const sha256 = new Uint8Array(32).fill(9);
    const done = computeLab(inputsOf('sts-assume-role'), [], { file: { name: 'big.bin', size: blob.size, bytes: null, blob }, hash: { key: blob, sha256 } });
    expect(done.canonical?.stages.payloadHash.text).toBe('09'.repeat(32));
  });
});

describe('a large paste', () => {
  it('keeps the head in the editor and the body as bytes', () => {
    const body = 'b'.repeat(1 << 20);
    const split = splitLargePaste(`POST / HTTP/1.1\r\nHost: h\r\n\r\n${body}`);
    expect(split?.head).toBe('POST / HTTP/1.1\r\nHost: h\r\n\r\n');
    expect(split?.body.length).toBe(1 << 20);
    expect(splitLargePaste('GET / HTTP/1.1\nHost: h\n\nsmall')).toBeNull();
  });
});

describe('presigned export in header mode', () => {
  it('presigns the same request, with the form\'s lifetime, and it verifies', () => {
    const r = computeLab({ ...inputsOf('iam-listusers'), expires: '120' });
    const url = presignedOf(r)?.stages.presignedUrl?.text ?? '';
    expect(url).toMatch(/^https:\/\/iam\.amazonaws\.com\?Action=ListUsers&Version=2010-05-08&X-Amz-Algorithm=AWS4-HMAC-SHA256&.*X-Amz-Expires=120&/);
    expect(verifySignedRequest(parseRequest(presignedOf(r)!.stages.signedRequest.text), inputsOf('iam-listusers').secretAccessKey).status).toBe('match');
  });
  it('signs both modes with the one key chain the computation derived', () => {
    const r = computeLab(inputsOf('iam-listusers'));
    for (const id of ['kSecret', 'kDate', 'kRegion', 'kService', 'kSigning'] as const) {
      const keys = r.keys as KeyChain;
      expect(r.trace!.stages[id]).toBe(keys[id]);
      expect(presignedOf(r)!.stages[id]).toBe(keys[id]);
    }
  });
  it('in query mode is the lab\'s own trace', () => {
    const r = computeLab(inputsOf('s3-presigned'));
    expect(presignedOf(r)).toBe(r.trace);
  });
});
