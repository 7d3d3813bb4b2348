/** The sigv4 command-line contract, over every v4 vector in both modes and every kind of bad input. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './sigv4-cli';
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

  it('exits 2 with one line on stderr and nothing on stdout', () => {
    const r = spawnSync('npm', ['run', '--silent', 'sigv4', '--', '--request', file('b.txt', 'GET / HTTP/1.1\n: x\n'), '--context', file('b.json', CONTEXT)], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^sigv4: .*b\.txt:2:1: expected a header name/)]);
  });
});
