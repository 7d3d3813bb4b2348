/** The sigv4 command-line contract, over every v4 and v4a vector in both modes and every kind of bad input. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './sigv4-cli';
import { bytesOfHex, ecdsaKeys, parseRequest, utf8 } from '../src/sigv4';
import { P256 } from '../src/sigv4/p256';
import { caseNames, readVector, VECTORS_DIR, vectorsAvailable } from '../src/sigv4/test-support/shared-vectors';

const available = vectorsAvailable();
const tmp = mkdtempSync(join(tmpdir(), 'sigv4-cli-'));
const file = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

const link = (name: string, target: string): string => {
  const p = join(tmp, name);
  symlinkSync(target, p);
  return p;
};
const sparse = (name: string, size: number): string => {
  const p = join(tmp, name);
  writeFileSync(p, '');
  truncateSync(p, size);
  return p;
};

const CONTEXT = `{
  "credentials": { "access_key_id": "AKIDEXAMPLE", "secret_access_key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  "expiration_in_seconds": 3600,
  "region": "us-east-1",
  "service": "service",
  "timestamp": "2015-08-30T12:36:00Z"
}`;
const REQUEST = 'GET / HTTP/1.1\nHost:example.amazonaws.com\n';

describe.skipIf(!available)('sigv4 CLI on the vectors', () => {
  const cases = caseNames('aws-c-auth', 'v4').flatMap((name) => (['header', 'query'] as const).map((mode) => ({ name, mode })));
  it.each(cases)('$name --mode $mode', ({ name, mode }) => {
    const dir = join(VECTORS_DIR, 'aws-c-auth', 'v4', name);
    const r = runCli(['--request', join(dir, 'request.txt'), '--context', join(dir, 'context.json'), '--mode', mode]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, string>;
    expect(Object.keys(out).sort()).toEqual(
      ['canonicalRequest', 'signature', 'signedRequest', 'signingKey', 'stringToSign', mode === 'header' ? 'authorization' : 'presignedUrl'].sort(),
    );
    expect(out.canonicalRequest).toBe(readVector('aws-c-auth', 'v4', name, `${mode}-canonical-request.txt`));
    expect(out.stringToSign).toBe(readVector('aws-c-auth', 'v4', name, `${mode}-string-to-sign.txt`));
    expect(out.signature).toBe(readVector('aws-c-auth', 'v4', name, `${mode}-signature.txt`));
    expect(out.signingKey).toMatch(/^[0-9a-f]{64}$/);
    // `--algorithm sigv4` is the default spelled out: the same bytes.
    const explicit = runCli(['--request', join(dir, 'request.txt'), '--context', join(dir, 'context.json'), '--mode', mode, '--algorithm', 'sigv4']);
    expect(explicit).toEqual(r);
  });
});

/** The parsed stdout of a successful SigV4a run. */
interface V4aOut {
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
  publicKey: { X: string; Y: string };
  signedRequest: string;
  authorization?: string;
  presignedUrl?: string;
}
const V4A_ALGORITHM = 'AWS4-ECDSA-P256-SHA256';
/** The signature a signed request carries, in its Authorization header or X-Amz-Signature, and where its hex starts. */
const SIGNATURE_RE = /(?:Signature=|X-Amz-Signature=)([0-9a-f]+)/;
/** `text` with the hex digit at `at` changed (low bit flipped: still a hex digit, a different byte). */
const flipHexDigit = (text: string, at: number): string => text.slice(0, at) + (parseInt(text[at]!, 16) ^ 1).toString(16) + text.slice(at + 1);
/** Bytes of the uncompressed point 04 ‖ X ‖ Y printed as `publicKey`. */
const pointOf = (key: { X: string; Y: string }): Uint8Array => bytesOfHex(`04${key.X}${key.Y}`)!;
/** A signed request's method, path, query parameters (a set), headers (a set, values trimmed) and body, with the random signature cut out. */
function shape(signed: string): string[] {
  const req = parseRequest(signed.replace(SIGNATURE_RE, (m, sig: string) => m.slice(0, -sig.length)));
  const query = (req.query?.text ?? '').split('&').filter((q) => q !== '').sort();
  const headers = req.headers.map((h) => `${h.name.text.toLowerCase()}:${h.value.map((v) => v.text).join('').trim()}`).sort();
  return [req.method.text, req.path.text, ...query, ...headers, req.body.text];
}
/** Signs with --algorithm sigv4a and checks the exit, the silence of stderr and the exact set of fields. */
function signV4a(request: string, context: string, mode: 'header' | 'query'): { out: V4aOut; stdout: string } {
  const r = runCli(['--request', request, '--context', context, '--mode', mode, '--algorithm', 'sigv4a']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout.endsWith('}\n')).toBe(true);
  expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  const out = JSON.parse(r.stdout) as V4aOut;
  // No signingKey: SigV4a has no HMAC key chain, and its private key (good for every day and region) is never printed.
  expect(Object.keys(out).sort()).toEqual(
    ['canonicalRequest', 'publicKey', 'signature', 'signedRequest', 'stringToSign', mode === 'header' ? 'authorization' : 'presignedUrl'].sort(),
  );
  expect(Object.keys(out.publicKey).sort()).toEqual(['X', 'Y']);
  expect(out.publicKey.X).toMatch(/^[0-9a-f]{64}$/);
  expect(out.publicKey.Y).toMatch(/^[0-9a-f]{64}$/);
  // DER: SEQUENCE (30), its length, then two INTEGERs.
  expect(out.signature).toMatch(/^30([0-9a-f]{2})02[0-9a-f]+$/);
  const der = bytesOfHex(out.signature)!;
  expect(der[1]).toBe(der.length - 2);
  return { out, stdout: r.stdout };
}
/** Runs --verify on a file holding `text`. */
function verifyText(name: string, text: string, context: string): Record<string, unknown> {
  const r = runCli(['--verify', file(name, text), '--context', context]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const V4A_NAMES = caseNames('aws-c-auth', 'v4a');

describe.skipIf(!available)('sigv4 CLI --algorithm sigv4a on the v4a vectors', () => {
  it('finds the 30 SigV4a cases', () => {
    expect(V4A_NAMES).toHaveLength(30);
  });

  const cases = V4A_NAMES.flatMap((name) => (['header', 'query'] as const).map((mode) => ({ name, mode })));
  it.each(cases)('$name --mode $mode', ({ name, mode }) => {
    const dir = join(VECTORS_DIR, 'aws-c-auth', 'v4a', name);
    const vector = (f: string): string => readVector('aws-c-auth', 'v4a', name, f)!;
    const contextFile = join(dir, 'context.json');
    const { out, stdout } = signV4a(join(dir, 'request.txt'), contextFile, mode);

    expect(out.canonicalRequest).toBe(vector(`${mode}-canonical-request.txt`));
    expect(out.stringToSign).toBe(vector(`${mode}-string-to-sign.txt`));
    expect(out.stringToSign.split('\n')[0]).toBe(V4A_ALGORITHM);
    const key = JSON.parse(vector('public-key.json')) as { X: string; Y: string };
    expect(out.publicKey).toEqual({ X: key.X.toLowerCase(), Y: key.Y.toLowerCase() });

    // The printed signature verifies over the printed string to sign with the printed (= the vector's) key; a changed byte does not.
    const sig = bytesOfHex(out.signature)!;
    const message = utf8(out.stringToSign);
    expect(P256.verify(sig, message, pointOf(out.publicKey))).toBe(true);
    expect(P256.verify(sig, message, pointOf(key))).toBe(true);
    expect(P256.verify(bytesOfHex(flipHexDigit(out.signature, out.signature.length - 1))!, message, pointOf(key))).toBe(false);
    expect(P256.verify(sig, utf8(out.stringToSign + ' '), pointOf(key))).toBe(false);

    // Deterministic: the same input signs to the same bytes.
    expect(runCli(['--request', join(dir, 'request.txt'), '--context', contextFile, '--mode', mode, '--algorithm', 'sigv4a']).stdout).toBe(stdout);

    // The private key (and k0, the HMAC it comes from) appears nowhere in the output.
    const ctx = JSON.parse(vector('context.json')) as { credentials: { access_key_id: string; secret_access_key: string } };
    const keys = ecdsaKeys(ctx.credentials.access_key_id, ctx.credentials.secret_access_key, P256);
    expect(stdout.toLowerCase()).not.toContain(keys.privateKey.text.toLowerCase());
    expect(stdout.toLowerCase()).not.toContain(keys.k0.text.toLowerCase());

    // The signed request carries the printed signature, and is the vector's but for the (random) signature.
    expect(SIGNATURE_RE.exec(out.signedRequest)?.[1]).toBe(out.signature);
    expect(shape(out.signedRequest)).toEqual(shape(vector(`${mode}-signed-request.txt`)));
    if (mode === 'header') {
      expect(out.authorization).toMatch(new RegExp(`^${V4A_ALGORITHM} Credential=[^/]+/20150830/service/aws4_request, SignedHeaders=[a-z0-9;-]*x-amz-region-set[a-z0-9;-]*, Signature=${out.signature}$`));
      expect(out.signedRequest).toContain(`Authorization: ${out.authorization}\n`);
    } else {
      expect(out.presignedUrl).toMatch(new RegExp(`^https://example\\.amazonaws\\.com[^?]*\\?(?:.*&)?X-Amz-Algorithm=${V4A_ALGORITHM}&.*&X-Amz-Region-Set=us-east-1&.*&X-Amz-Signature=${out.signature}$`));
    }

    // --verify: the vector's own signed request matches with the vector's context ...
    const signed = vector(`${mode}-signed-request.txt`);
    const theirs = runCli(['--verify', join(dir, `${mode}-signed-request.txt`), '--context', contextFile]);
    expect(theirs.stderr).toBe('');
    expect(theirs.code).toBe(0);
    const verified = JSON.parse(theirs.stdout) as Record<string, unknown>;
    expect(verified).toMatchObject({ result: 'match', firstDifference: null, canonicalRequest: out.canonicalRequest, stringToSign: out.stringToSign, publicKey: out.publicKey });
    // ... and does not with one byte of its signature changed, or one byte of a signed header's value (Host, signed in every case).
    const carried = SIGNATURE_RE.exec(signed)!;
    const lastDigit = carried.index + carried[0].length - 1;
    expect(verifyText(`${name}-${mode}-sig.txt`, flipHexDigit(signed, lastDigit), contextFile)).toMatchObject({ result: 'mismatch', firstDifference: 'signature' });
    const hostChanged = signed.replace(/^(Host:\s*example\.amazonaws\.co)m$/m, '$1n');
    expect(hostChanged).not.toBe(signed);
    expect(verifyText(`${name}-${mode}-host.txt`, hostChanged, contextFile)).toMatchObject({ result: 'mismatch', firstDifference: 'signature' });
    // Our own signed request verifies too.
    expect(verifyText(`${name}-${mode}-ours.txt`, out.signedRequest, contextFile)).toMatchObject({ result: 'match', firstDifference: null });
  });
});

describe('sigv4 CLI --algorithm sigv4a on its own input', () => {
  const request = file('v4a-request.txt', REQUEST);
  const context = (name: string, region: string): string => file(name, CONTEXT.replace('"us-east-1"', JSON.stringify(region)));
  const keys = ecdsaKeys('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', P256);

  it.each([
    ['us-east-1', 'us-east-1', 'us-east-1'],
    ['a set of two regions', 'us-east-1,us-west-2', 'us-east-1%2Cus-west-2'],
    // `*` is not unreserved: percent-encoded in the query, as it is everywhere in a canonical query.
    ['every region', '*', '%2A'],
  ])('the context region is the region set: %s', (_name, region, inQuery) => {
    const ctx = context(`rs-${inQuery}.json`, region);
    const header = signV4a(request, ctx, 'header').out;
    expect(header.canonicalRequest).toContain(`\nx-amz-region-set:${region}\n`);
    // The scope has no region: date/service/aws4_request.
    expect(header.stringToSign.split('\n').slice(0, 3)).toEqual([V4A_ALGORITHM, '20150830T123600Z', '20150830/service/aws4_request']);
    expect(header.authorization).toContain('Credential=AKIDEXAMPLE/20150830/service/aws4_request, SignedHeaders=host;x-amz-date;x-amz-region-set, Signature=');
    expect(header.signedRequest).toContain(`\nX-Amz-Region-Set: ${region}\n`);
    expect(header.publicKey).toEqual({ X: keys.publicKey.text.slice(2, 66), Y: keys.publicKey.text.slice(66) });
    expect(P256.verify(bytesOfHex(header.signature)!, utf8(header.stringToSign), bytesOfHex(keys.publicKey.text)!)).toBe(true);
    expect(verifyText(`rs-${inQuery}-h.txt`, header.signedRequest, ctx)).toMatchObject({ result: 'match' });

    const query = signV4a(request, ctx, 'query').out;
    expect(query.canonicalRequest).toContain(`&X-Amz-Region-Set=${inQuery}&`);
    expect(query.presignedUrl).toContain(`&X-Amz-Region-Set=${inQuery}&`);
    expect(P256.verify(bytesOfHex(query.signature)!, utf8(query.stringToSign), pointOf(query.publicKey))).toBe(true);
    // Both the signed request and the bare presigned URL verify.
    expect(verifyText(`rs-${inQuery}-q.txt`, query.signedRequest, ctx)).toMatchObject({ result: 'match' });
    expect(verifyText(`rs-${inQuery}-u.txt`, query.presignedUrl!, ctx)).toMatchObject({ result: 'match' });
  });

  it('--verify reads the region set from the request: a changed X-Amz-Region-Set is a mismatch', () => {
    const ctx = context('rs-change.json', 'us-east-1');
    const { signedRequest, presignedUrl } = signV4a(request, ctx, 'header').out;
    expect(presignedUrl).toBeUndefined();
    const changed = signedRequest.replace('X-Amz-Region-Set: us-east-1', 'X-Amz-Region-Set: us-east-2');
    expect(changed).not.toBe(signedRequest);
    expect(verifyText('rs-changed.txt', changed, ctx)).toMatchObject({ result: 'mismatch', firstDifference: 'signature' });
    const query = signV4a(request, ctx, 'query').out;
    const changedUrl = query.presignedUrl!.replace('X-Amz-Region-Set=us-east-1', 'X-Amz-Region-Set=us-east-2');
    expect(verifyText('rs-changed-url.txt', changedUrl, ctx)).toMatchObject({ result: 'mismatch', firstDifference: 'signature' });
  });

  it('--verify with another secret is a mismatch', () => {
    const ctx = context('other-secret-sign.json', 'us-east-1');
    const { signedRequest } = signV4a(request, ctx, 'header').out;
    const other = file('other-secret.json', CONTEXT.replace('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEZ'));
    const r = verifyText('other-secret.txt', signedRequest, other);
    expect(r).toMatchObject({ result: 'mismatch', firstDifference: 'signature' });
    // The public key it prints is the other secret's, not the signer's.
    expect(r.publicKey).not.toEqual({ X: keys.publicKey.text.slice(2, 66), Y: keys.publicKey.text.slice(66) });
  });

  it('SigV4 output is unchanged: signingKey, no publicKey, an HMAC signature', () => {
    const ctx = file('v4-default.json', CONTEXT);
    const r = runCli(['--request', request, '--context', ctx]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['authorization', 'canonicalRequest', 'signature', 'signedRequest', 'signingKey', 'stringToSign']);
    expect(out.signingKey).toMatch(/^[0-9a-f]{64}$/);
    expect(out.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(out.stringToSign).toMatch(/^AWS4-HMAC-SHA256\n20150830T123600Z\n20150830\/us-east-1\/service\/aws4_request\n/);
    expect(runCli(['--request', request, '--context', ctx, '--algorithm', 'sigv4'])).toEqual(r);
    expect(runCli([`--request=${request}`, `--context=${ctx}`, '--algorithm=sigv4a']).stdout).toBe(runCli(['--request', request, '--context', ctx, '--algorithm', 'sigv4a']).stdout);
  });
});

describe('sigv4 CLI on bad input', () => {
  const request = file('request.txt', REQUEST);
  const context = file('context.json', CONTEXT);
  const bad: [string, string[], RegExp][] = [
    ['an unreadable request file', ['--request', join(tmp, 'missing.txt'), '--context', context], /missing\.txt: no such file/],
    ['a directory as context', ['--request', request, '--context', tmp], /is a directory/],
    ['a malformed request', ['--request', file('bad.txt', 'GET / HTTP/1.1\nHost example.com\n'), '--context', context], /bad\.txt:2:5: expected a colon/],
    ['a method that is not a token', ['--request', file('m.txt', 'G(T / HTTP/1.1\n'), '--context', context], /m\.txt:1:2: expected a method/],
    ['a missing HTTP version', ['--request', file('v.txt', 'GET /\n'), '--context', context], /v\.txt:1:6: expected the HTTP version/],
    ['invalid JSON', ['--request', request, '--context', file('j.json', '{\n  "region": "us-east-1",\n}')], /j\.json:3:1: expected json|j\.json:3:1: expected valid JSON/],
    ['an incomplete context', ['--request', request, '--context', file('i.json', CONTEXT.replace(/"region".*\n/, ''))], /i\.json:\d+:\d+: region: expected a non-empty string/],
    ['a bad timestamp', ['--request', request, '--context', file('t.json', CONTEXT.replace('2015-08-30T12:36:00Z', '2015-02-30T12:36:00Z'))], /t\.json:6:\d+: timestamp: expected an ISO-8601/],
    ['query mode without expiry', ['--request', request, '--context', file('e.json', CONTEXT.replace(/"expiration_in_seconds".*\n/, '')), '--mode', 'query'], /e\.json:\d+:\d+: expiration_in_seconds/],
    ['an unknown flag', ['--request', request, '--context', context, '--verbose'], /unknown flag --verbose/],
    ['an unknown mode', ['--request', request, '--context', context, '--mode', 'presign'], /unknown mode "presign"/],
    ['a missing --context', ['--request', request], /missing --context/],
    ['a flag without its value', ['--request', request, '--context'], /--context needs a value/],
    ['a request file that is a link to /dev/zero', ['--request', link('zero.txt', '/dev/zero'), '--context', context], /zero\.txt: not a regular file/],
    ['a request file over the size limit', ['--request', sparse('huge.txt', 64 * 1024 * 1024 + 1), '--context', context], /huge\.txt: larger than the limit of 67108864 bytes/],
    ['a NUL in a header value', ['--request', file('nul.txt', 'GET / HTTP/1.1\nHost: h\nX-A: a\u0000b\n'), '--context', context], /nul\.txt:3:7: expected a header value of visible characters.*found "U\+0000"/],
    ['an ESC in a header value', ['--request', file('esc.txt', 'GET / HTTP/1.1\nHost: h\nX-A: \u001b[31mred\n'), '--context', context], /esc\.txt:3:6: expected a header value.*found "U\+001B"/],
    ['no Host header', ['--request', file('nohost.txt', 'GET / HTTP/1.1\nX-A: 1\n'), '--context', context], /nohost\.txt:2:\d+: expected a Host header/],
    ['an unknown key in context.json', ['--request', request, '--context', file('u.json', CONTEXT.replace('"region"', '"regoin": "x",\n  "region"'))], /u\.json:\d+:\d+: regoin: expected one of the fields/],
    ['a duplicate key in context.json', ['--request', request, '--context', file('d.json', CONTEXT.replace('"region"', '"service": "x",\n  "region"'))], /d\.json:\d+:\d+: service: expected each field once/],
    ['an unknown credentials key', ['--request', request, '--context', file('uc.json', CONTEXT.replace('"access_key_id"', '"session_token": "t", "access_key_id"'))], /uc\.json:2:\d+: credentials\.session_token: expected one of the fields/],
    ['an access key with /', ['--request', request, '--context', file('ak.json', CONTEXT.replace('"AKIDEXAMPLE"', '"AKID/EXAMPLE"'))], /ak\.json:2:\d+: credentials\.access_key_id: expected an access key ID without \/ or ,/],
    ['an access key with ,', ['--request', request, '--context', file('ak2.json', CONTEXT.replace('"AKIDEXAMPLE"', '"AKID,SignedHeaders=x"'))], /ak2\.json:2:\d+: credentials\.access_key_id: expected an access key ID/],
    ['an unknown algorithm', ['--request', request, '--context', context, '--algorithm', 'sigv5'], /unknown algorithm "sigv5": expected sigv4 or sigv4a/],
    ['an algorithm in capitals', ['--request', request, '--context', context, '--algorithm', 'SIGV4A'], /unknown algorithm "SIGV4A"/],
    ['--algorithm without its value', ['--request', request, '--context', context, '--algorithm'], /--algorithm needs a value/],
    ['--algorithm= without its value', ['--request', request, '--context', context, '--algorithm='], /--algorithm needs a value/],
    ['--algorithm given twice', ['--request', request, '--context', context, '--algorithm', 'sigv4a', '--algorithm', 'sigv4a'], /--algorithm given twice/],
    ['--algorithm given twice, differently', ['--request', request, '--context', context, '--algorithm=sigv4', '--algorithm', 'sigv4a'], /--algorithm given twice/],
    ['--verify with --algorithm', ['--verify', request, '--context', context, '--algorithm', 'sigv4a'], /--verify takes its algorithm from the signed request/],
    ['an incomplete context with --algorithm sigv4a', ['--request', request, '--context', file('i4a.json', CONTEXT.replace(/"region".*\n/, '')), '--algorithm', 'sigv4a'], /i4a\.json:\d+:\d+: region: expected a non-empty string/],
    ['--verify of an unsigned request', ['--verify', request, '--context', context], /request\.txt:1:5: expected a signed request: an Authorization header or an X-Amz-Signature query parameter/],
    ['a region with a line break', ['--request', request, '--context', file('rn.json', CONTEXT.replace('"us-east-1"', '"us-east-1\\nX-Injected: 1"'))], /rn\.json:4:\d+: region: expected a value without line breaks or other control characters/],
  ];
  it.each(bad)('%s: exit 2, nothing on stdout, one line on stderr', (_name, argv, message) => {
    const r = runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.startsWith('sigv4: ')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['secret_access_key', '"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"', '"wJalrXUtnFEMI/K7MDENG\\n+bPxRfiCYEXAMPLEKEY"'],
    ['token', '"secret_access_key"', '"token": "IQoJb3JpZ2luTOKEN\\rX-A: 1", "secret_access_key"'],
  ])('a %s with a line break names the context file and never prints the value', (field, from, to) => {
    const r = runCli(['--request', request, '--context', file(`s-${field}.json`, CONTEXT.replace(from, to))]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`s-${field}\\.json:2:\\d+: credentials\\.${field}: expected a value without line breaks.*found "U\\+000[AD]"`));
    expect(r.stderr).not.toMatch(/wJalrXUtnFEMI|IQoJb3JpZ2lu/);
  });

  it('--flag=value spelling and the default header mode', () => {
    const r = runCli([`--request=${request}`, `--context=${context}`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('authorization');
  });
});

describe('npm run --silent sigv4 (the real process)', () => {
  it('prints one JSON object and exits 0', () => {
    const out = execFileSync('npm', ['run', '--silent', 'sigv4', '--', '--request', file('ok.txt', REQUEST), '--context', file('ok.json', CONTEXT), '--mode', 'query'], { encoding: 'utf8' });
    const parsed = JSON.parse(out) as Record<string, string>;
    expect(parsed.presignedUrl).toMatch(/^https:\/\/example\.amazonaws\.com\?X-Amz-Algorithm=AWS4-HMAC-SHA256&/);
  });

  it('--algorithm sigv4a: the same JSON object as in-process, and --verify matches it', () => {
    const request = file('ok4a.txt', REQUEST);
    const context = file('ok4a.json', CONTEXT);
    const argv = ['--request', request, '--context', context, '--mode', 'query', '--algorithm', 'sigv4a'];
    const out = execFileSync('npm', ['run', '--silent', 'sigv4', '--', ...argv], { encoding: 'utf8' });
    // Deterministic across processes too.
    expect(out).toBe(runCli(argv).stdout);
    const parsed = JSON.parse(out) as V4aOut;
    expect(parsed.presignedUrl).toMatch(/^https:\/\/example\.amazonaws\.com\?X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256&/);
    expect(P256.verify(bytesOfHex(parsed.signature)!, utf8(parsed.stringToSign), pointOf(parsed.publicKey))).toBe(true);
    const verified = execFileSync('npm', ['run', '--silent', 'sigv4', '--', '--verify', file('ok4a-url.txt', parsed.presignedUrl!), '--context', context], { encoding: 'utf8' });
    expect(JSON.parse(verified)).toMatchObject({ result: 'match', firstDifference: null, publicKey: parsed.publicKey });
  });

  it('--algorithm sigv5: exit 2, one line on stderr, nothing on stdout', () => {
    const r = spawnSync('npm', ['run', '--silent', 'sigv4', '--', '--request', file('b4a.txt', REQUEST), '--context', file('b4a.json', CONTEXT), '--algorithm', 'sigv5'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^sigv4: unknown algorithm "sigv5"/)]);
  });

  it('exits 2 with one line on stderr and nothing on stdout', () => {
    const r = spawnSync('npm', ['run', '--silent', 'sigv4', '--', '--request', file('b.txt', 'GET / HTTP/1.1\n: x\n'), '--context', file('b.json', CONTEXT)], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^sigv4: .*b\.txt:2:1: expected a header name/)]);
  });
});
