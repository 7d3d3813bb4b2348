import { describe, expect, it } from 'vitest';
import { stagesIndependentOf } from './depends';
import { parseRequest } from './parse-request';
import { signRequest } from './sign';
import type { StageId } from './stage-ids';
import { options } from './test-support/sign-fixtures';

const REQUEST = 'GET /a%20b?x=1 HTTP/1.1\nHost: example.amazonaws.com\nX-Custom: v\n';
const kept = (mode: 'header' | 'query', field: Parameters<typeof stagesIndependentOf>[1]): StageId[] =>
  Object.keys(stagesIndependentOf(signRequest(parseRequest(REQUEST), options({ mode })).stages, field)) as StageId[];

describe('stagesIndependentOf', () => {
  it('header mode: without the signing time only the URI, the query, the signed headers, the payload hash and kSecret stand (x-amz-date is a signed header)', () => {
    expect(kept('header', 'signingTime')).toEqual(['canonicalUri', 'canonicalQuery', 'signedHeaders', 'payloadHash', 'kSecret']);
  });

  it('query mode: the canonical headers stand and the canonical query does not (it carries X-Amz-Date)', () => {
    expect(kept('query', 'signingTime')).toEqual(['canonicalUri', 'canonicalHeaders', 'signedHeaders', 'payloadHash', 'kSecret']);
  });

  it('the region: the canonical request and kDate stand, the scope and every key from kRegion on do not', () => {
    const ids = kept('header', 'region');
    expect(ids).toEqual(['canonicalUri', 'canonicalQuery', 'canonicalHeaders', 'signedHeaders', 'payloadHash', 'canonicalRequest', 'canonicalRequestHash', 'kSecret', 'kDate']);
  });

  it('the secret: everything up to the string to sign stands, no key does', () => {
    const ids = kept('header', 'secretAccessKey');
    expect(ids).toContain('stringToSign');
    expect(ids.filter((id) => id.startsWith('k') || id === 'signature')).toEqual([]);
  });

  it('counts a stage computed from one that is missing as depending on it', () => {
    const t = signRequest(parseRequest(REQUEST), options());
    const { canonicalRequest: _gone, ...rest } = t.stages;
    expect(Object.keys(stagesIndependentOf(rest, 'region'))).not.toContain('canonicalRequestHash');
  });
});
