/** Practice 6: every stage's segments tile its text, and every request range points into the request. */
import { describe, expect, it } from 'vitest';
import { readSigningContext } from './context';
import { profileRules } from './options';
import { parseRequest } from './parse-request';
import { TextBuilder } from './provenance';
import { signRequest } from './sign';
import { STAGE_ORDER } from './stage-ids';
import type { Trace } from './trace';
import { options } from './test-support/sign-fixtures';
import { P256 } from './p256';
import { caseNames, readVector, vectorsAvailable } from './test-support/shared-vectors';
import { sourcedTexts, tilingProblem, traceTilingProblems } from './test-support/tiling';

function checkTrace(t: Trace): void {
  const source = t.request.source;
  expect(sourcedTexts(t).length).toBeGreaterThanOrEqual(16);
  expect(traceTilingProblems(t)).toEqual([]);
  for (const [name, s] of sourcedTexts(t)) {
    for (const seg of s.segments) {
      if (seg.origin.kind !== 'request') continue;
      expect(seg.origin.start, name).toBeGreaterThanOrEqual(0);
      expect(seg.origin.end, name).toBeLessThanOrEqual(source.length);
      expect(seg.origin.start, name).toBeLessThanOrEqual(seg.origin.end);
    }
  }
  // What the signed request copies from the input, it copies verbatim.
  const sr = t.stages.signedRequest;
  for (const seg of sr.segments) {
    if (seg.origin.kind === 'request' && seg.via === undefined && !seg.origin.via) {
      expect(sr.text.slice(seg.start, seg.end)).toBe(source.slice(seg.origin.start, seg.origin.end));
    }
  }
  // Header names in the canonical headers are the input's names, lower-cased.
  const ch = t.stages.canonicalHeaders;
  for (const seg of ch.segments) {
    const text = ch.text.slice(seg.start, seg.end);
    if (seg.origin.kind === 'request' && /^[a-z0-9-]+$/.test(text) && ch.text[seg.end] === ':') {
      expect(text).toBe(source.slice(seg.origin.start, seg.origin.end).toLowerCase());
    }
  }
}

const crafted: [string, string, Parameters<typeof options>[0]][] = [
  ['obs-fold and CRLF', 'POST /a/./b/../c HTTP/1.1\r\nHost: h\r\nMy-Header: a\r\n   b\r\nMy-Header:  c \r\n\r\nbody', {}],
  ['absolute form, query mode, token', 'GET https://sts.amazonaws.com/x%3Dy?Action=A&b=%2f+ HTTP/1.1\n', { mode: 'query', credentials: { accessKeyId: 'ASIA', secretAccessKey: 's', sessionToken: 't/+=' } }],
  ['S3 with unsigned payload', 'PUT /k%2Fe y HTTP/1.1\nHost: b.s3.amazonaws.com\n\nx', { service: 's3', ...profileRules('s3'), payloadHash: 'UNSIGNED-PAYLOAD' }],
  ['appended token, header mode', 'GET / HTTP/1.1\nHost: h\nX-Amz-Date: 1\n', { omitSessionToken: true, credentials: { accessKeyId: 'A', secretAccessKey: 's', sessionToken: 'tok' } }],
];

describe('provenance', () => {
  it('the builder drops empty runs and offsets appended segments', () => {
    const inner = new TextBuilder().push('ab', { kind: 'spec' }).build();
    const s = new TextBuilder().push('', { kind: 'spec' }).push('x', { kind: 'spec' }).append(inner, 'canonicalUri').build();
    expect(s.text).toBe('xab');
    expect(s.segments.map((g) => [g.start, g.end, g.via])).toEqual([[0, 1, undefined], [1, 3, 'canonicalUri']]);
    expect(tilingProblem(s, 0)).toBeNull();
    expect(tilingProblem({ text: 'abc', segments: [{ start: 0, end: 1, origin: { kind: 'spec' } }] }, 0)).toMatch(/end at 1/);
    expect(tilingProblem({ text: 'ab', segments: [{ start: 0, end: 1, origin: { kind: 'spec' } }, { start: 0, end: 2, origin: { kind: 'spec' } }] }, 0)).toMatch(/starts at 0/);
  });

  it.each(crafted)('tiles every stage: %s', (_name, text, overrides) => {
    checkTrace(signRequest(parseRequest(text), options(overrides)));
  });

  it('lists the stages in spec order', () => {
    expect(STAGE_ORDER.slice(0, 6)).toEqual(['canonicalUri', 'canonicalQuery', 'canonicalHeaders', 'signedHeaders', 'payloadHash', 'canonicalRequest']);
    expect(STAGE_ORDER.indexOf('kSigning')).toBeLessThan(STAGE_ORDER.indexOf('signature'));
  });

  const available = vectorsAvailable();
  const cases = caseNames('aws-c-auth', 'v4').flatMap((n) => (['header', 'query'] as const).map((m) => [n, m] as const));
  it.skipIf(!available)('tiles every stage of every v4 vector in both modes', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const [name, mode] of cases) {
      const ctx = readSigningContext(readVector('aws-c-auth', 'v4', name, 'context.json')!, mode);
      checkTrace(signRequest(parseRequest(readVector('aws-c-auth', 'v4', name, 'request.txt')!), ctx));
    }
  });

  const v4a = caseNames('aws-c-auth', 'v4a').flatMap((n) => (['header', 'query'] as const).map((m) => [n, m] as const));
  it.skipIf(!available)('tiles every stage of every v4a vector in both modes, the derivation included, its access key id traced to the context', () => {
    expect(v4a.length).toBeGreaterThan(0);
    for (const [name, mode] of v4a) {
      const ctx = readSigningContext(readVector('aws-c-auth', 'v4a', name, 'context.json')!, mode, { algorithm: 'sigv4a', curve: P256 });
      const t = signRequest(parseRequest(readVector('aws-c-auth', 'v4a', name, 'request.txt')!), ctx);
      checkTrace(t);
      const input = t.stages.derivationInput!;
      const key = input.segments.find((g) => g.origin.kind === 'context' && g.origin.field === 'accessKeyId')!;
      expect(input.text.slice(key.start, key.end)).toBe(Buffer.from(ctx.credentials.accessKeyId).toString('hex'));
      expect(t.stages.credentialScope.segments.some((g) => g.origin.kind === 'context' && g.origin.field === 'region')).toBe(false);
    }
  });
});
