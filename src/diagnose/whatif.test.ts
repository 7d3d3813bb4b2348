import { describe, expect, it } from 'vitest';
import type { SigningOptions, StageId } from '../sigv4';
import { likelyCauses } from './causes';
import { diffEcho } from './echo-diff';
import { IAM_REQUEST, iamOptions, S3_GET, s3Options, TOKEN_REQUEST, tokenOptions } from './test-fixtures';
import type { CauseId } from './types';
import { WHATIFS, type WhatIfId } from './whatif';
import { runWhatIf } from './whatif-impact';

const byId = (id: WhatIfId) => WHATIFS.find((w) => w.id === id)!;
const API_GATEWAY = 'POST https://abc123.execute-api.us-east-1.amazonaws.com/prod/%40connections/abc%3D HTTP/1.1\nHost: abc123.execute-api.us-east-1.amazonaws.com\n\nhi';
const IAM_PREFIX = IAM_REQUEST.replace('Version=2010-05-08', 'PathPrefix=%2Fdivision%20abc%2F&Version=2010-05-08');
const PLUS_QUERY = 'GET /?q=a+b&Action=List HTTP/1.1\nHost: example.amazonaws.com\n';
const TAG_QUERY = 'GET /?tag-key=env&tag:Name=web HTTP/1.1\nHost: example.amazonaws.com\n';
const REPEATED = 'GET / HTTP/1.1\nHost: example.amazonaws.com\nMy-Header: a\nMy-Header: b\n';
const JSON_POST = 'POST / HTTP/1.1\nHost: example.amazonaws.com\nContent-Type: application/json\n\n{}';

interface Case {
  id: WhatIfId;
  request: string;
  options: SigningOptions;
  first: StageId;
  cause: CauseId;
}

/** Each what-if on a request it breaks: the stage that first changes, and the cause the echo diff names. */
const CASES: Case[] = [
  { id: 'path-encoded-once', request: API_GATEWAY, options: iamOptions({ service: 'execute-api' }), first: 'canonicalUri', cause: 'path-encoded-once' },
  { id: 's3-path-normalised', request: S3_GET, options: s3Options(), first: 'canonicalUri', cause: 's3-path-normalised' },
  { id: 'query-sorted-before-encoding', request: TAG_QUERY, options: iamOptions(), first: 'canonicalQuery', cause: 'query-sorted-before-encoding' },
  { id: 'query-space-as-plus', request: IAM_PREFIX, options: iamOptions(), first: 'canonicalQuery', cause: 'query-space-as-plus' },
  { id: 'query-plus-as-plus', request: PLUS_QUERY, options: iamOptions(), first: 'canonicalQuery', cause: 'query-plus-as-plus' },
  { id: 'query-lowercase-hex', request: IAM_PREFIX, options: iamOptions(), first: 'canonicalQuery', cause: 'query-lowercase-hex' },
  { id: 'headers-untrimmed', request: IAM_REQUEST, options: iamOptions(), first: 'canonicalHeaders', cause: 'header-whitespace' },
  { id: 'headers-unjoined', request: REPEATED, options: iamOptions(), first: 'canonicalHeaders', cause: 'headers-unjoined' },
  { id: 'charset-added-after-signing', request: IAM_REQUEST, options: iamOptions(), first: 'canonicalHeaders', cause: 'charset-added-after-signing' },
  { id: 'host-with-port', request: IAM_REQUEST, options: iamOptions(), first: 'canonicalHeaders', cause: 'host-port' },
  { id: 'signed-headers-incomplete', request: IAM_REQUEST, options: iamOptions(), first: 'signedHeaders', cause: 'signed-headers-incomplete' },
  { id: 'payload-hash-base64', request: IAM_REQUEST, options: iamOptions(), first: 'payloadHash', cause: 'payload-hash-base64' },
  { id: 'unsigned-payload-outside-s3', request: IAM_REQUEST, options: iamOptions(), first: 'payloadHash', cause: 'unsigned-payload-outside-s3' },
  { id: 'wrong-region', request: IAM_REQUEST, options: iamOptions(), first: 'credentialScope', cause: 'wrong-region' },
  { id: 'scope-date-previous-day', request: IAM_REQUEST, options: iamOptions(), first: 'credentialScope', cause: 'scope-date' },
  { id: 'clock-skew', request: IAM_REQUEST, options: iamOptions(), first: 'canonicalHeaders', cause: 'clock-skew' },
  { id: 'token-signed-vs-appended', request: TOKEN_REQUEST, options: tokenOptions(), first: 'canonicalHeaders', cause: 'token-signed-vs-appended' },
  { id: 'token-missing', request: TOKEN_REQUEST, options: tokenOptions(), first: 'canonicalHeaders', cause: 'token-missing' },
  { id: 'key-chain-hex-text', request: IAM_REQUEST, options: iamOptions(), first: 'kRegion', cause: 'key-chain-hex-text' },
];

describe('WHATIFS', () => {
  it('has exactly the catalogue ids, each once, with a case below', () => {
    expect(WHATIFS.map((w) => w.id).sort()).toEqual(CASES.map((c) => c.id).sort());
    expect(new Set(WHATIFS.map((w) => w.id)).size).toBe(WHATIFS.length);
  });

  it.each(CASES)('$id changes $first first and the signature', ({ id, request, options, first }) => {
    const w = byId(id);
    expect(w.stage).toBe(first);
    const run = runWhatIf(w, { requestText: request, options });
    expect(run.noopKey).toBeUndefined();
    expect(run.impact.firstChanged).toBe(first);
    expect(run.impact.changed).toContain('signature');
    expect(run.signatureChanged).toBe(true);
  });

  it.each(CASES)('$id is diagnosed as $cause from the server echo', ({ id, request, options, cause }) => {
    const run = runWhatIf(byId(id), { requestText: request, options });
    // The server computes the correct texts (or, after signing, those of what it received); ours carries the mistake.
    const server = run.server ?? run.before;
    const echo = { canonicalRequest: server.stages.canonicalRequest.text, stringToSign: server.stages.stringToSign.text };
    const ids = likelyCauses(diffEcho(echo, run.after), run.after).map((c) => c.id);
    if (id === 'key-chain-hex-text') expect(ids).toEqual(['secret-key', 'key-chain-hex-text']);
    else expect(ids[0]).toBe(cause);
  });
});

describe('what-ifs made after signing', () => {
  it('charset: the client signs what was written, the server signs what the browser sent', () => {
    const run = runWhatIf(byId('charset-added-after-signing'), { requestText: JSON_POST, options: iamOptions() });
    expect(run.result.requestText).toBe(JSON_POST);
    expect(run.result.sentRequestText).toContain('Content-Type: application/json; charset=UTF-8');
    expect(run.after.stages.signature.text).toBe(run.before.stages.signature.text);
    expect(run.server!.stages.signature.text).not.toBe(run.after.stages.signature.text);
    expect(run.impact.firstChanged).toBe('canonicalHeaders');
  });

  it('host-with-port: signs host:443, the client sends the host without it', () => {
    const run = runWhatIf(byId('host-with-port'), { requestText: IAM_REQUEST, options: iamOptions() });
    expect(run.after.stages.canonicalHeaders.text).toContain('host:iam.amazonaws.com:443\n');
    expect(run.server!.stages.canonicalHeaders.text).toContain('host:iam.amazonaws.com\n');
    const back = runWhatIf(byId('host-with-port'), { requestText: run.result.requestText, options: iamOptions() });
    expect(back.after.stages.canonicalHeaders.text).toContain('host:iam.amazonaws.com\n');
  });
});

describe('what-ifs that cannot change this input explain why', () => {
  it.each<[WhatIfId, string, SigningOptions, string]>([
    ['path-encoded-once', IAM_REQUEST, iamOptions(), 'whatif.path-encoded-once.noop'],
    ['path-encoded-once', S3_GET, s3Options(), 'whatif.path-encoded-once.noopS3'],
    ['s3-path-normalised', IAM_REQUEST, iamOptions(), 'whatif.s3-path-normalised.noop'],
    ['headers-unjoined', IAM_REQUEST, iamOptions(), 'whatif.headers-unjoined.noop'],
    ['charset-added-after-signing', TOKEN_REQUEST, iamOptions(), 'whatif.charset-added-after-signing.noop'],
    ['unsigned-payload-outside-s3', S3_GET, s3Options(), 'whatif.unsigned-payload-outside-s3.noop'],
    ['token-signed-vs-appended', IAM_REQUEST, iamOptions(), 'whatif.token-signed-vs-appended.noop'],
    ['token-missing', IAM_REQUEST, iamOptions(), 'whatif.token-missing.noop'],
    ['query-space-as-plus', IAM_REQUEST, iamOptions(), 'whatif.noop.unaffected'],
    ['query-plus-as-plus', IAM_PREFIX, iamOptions(), 'whatif.query-plus-as-plus.noop'],
  ])('%s on a request it cannot touch', (id, request, options, key) => {
    const run = runWhatIf(byId(id), { requestText: request, options });
    expect(run.noopKey).toBe(key);
    expect(run.impact.changed).toEqual([]);
    expect(run.signatureChanged).toBe(false);
  });
});

describe('what-ifs in query mode', () => {
  it('clock skew and the wrong region show first in the presigned query', () => {
    for (const id of ['clock-skew', 'wrong-region'] as const) {
      const run = runWhatIf(byId(id), { requestText: IAM_REQUEST, options: iamOptions({ mode: 'query' }) });
      expect(run.impact.firstChanged).toBe('canonicalQuery');
      expect(run.signatureChanged).toBe(true);
    }
  });

  it('token-missing also drops a token the request text carries', () => {
    const text = TOKEN_REQUEST + 'X-Amz-Security-Token: ' + 'x'.repeat(8) + '\n';
    const run = runWhatIf(byId('token-missing'), { requestText: text, options: tokenOptions() });
    expect(run.result.requestText).toBe(TOKEN_REQUEST);
    expect(run.after.signedHeaderNames).not.toContain('x-amz-security-token');
  });
});
