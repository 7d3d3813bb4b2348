/** The sigv4 command line on curl commands, URLs and bodies of bytes, and its --verify contract. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { runCli } from './sigv4-cli';

const tmp = mkdtempSync(join(tmpdir(), 'sigv4-inputs-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const CONTEXT = file('context.json', JSON.stringify({
  credentials: { access_key_id: 'AKIDEXAMPLE', secret_access_key: SECRET },
  region: 'us-east-1', service: 'execute-api', timestamp: '2015-08-30T12:36:00Z', expiration_in_seconds: 300,
}));
const SECRET_ONLY = file('secret.json', JSON.stringify({ credentials: { access_key_id: 'AKIDEXAMPLE', secret_access_key: SECRET } }));

function ok(argv: string[]): Record<string, string | null> {
  const r = runCli(argv);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, string | null>;
}
const sign = (request: string, mode = 'header') => ok(['--request', request, '--context', CONTEXT, '--mode', mode]);
const verify = (request: string, context = SECRET_ONLY) => ok(['--verify', request, '--context', context]);

describe('--request FILE holding a curl command or a URL', () => {
  it('signs a curl command as curl --aws-sigv4 does: -H headers signed, the ones curl adds itself not', () => {
    const out = sign(file('c.txt', `curl -d 'a=1' -b 'c=1' -A agent -H 'User-Agent: mine' -H 'X-Trace: 7' 'https://h.example/p?q=a+b&r=%2B'\n`));
    expect(out.canonicalRequest).toBe(
      'POST\n/p\nq=a%20b&r=%2B\nhost:h.example\nuser-agent:mine\nx-amz-date:20150830T123600Z\nx-trace:7\n\nhost;user-agent;x-amz-date;x-trace\n' +
        hex(sha256(new TextEncoder().encode('a=1'))),
    );
    expect(out.signedRequest).toContain('\nCookie: c=1\nAccept: */*\n');
    expect(out.signedRequest).toContain('\nContent-Type: application/x-www-form-urlencoded\n');
  });
  it('--json headers go into curl\'s -H list, so they are signed', () => {
    const out = sign(file('j.txt', `curl --json '{"a":1}' https://h.example/`));
    expect(out.canonicalRequest).toMatch(/\naccept;content-type;host;x-amz-date\n/);
  });
  it('signs a URL as a GET, and presigns it in query mode', () => {
    const out = sign(file('u.txt', 'https://h.example/a%20b?x=1+2\n'), 'query');
    expect(out.canonicalRequest!.split('\n').slice(0, 3)).toEqual(['GET', '/a%2520b', expect.stringMatching(/^X-Amz-Algorithm=.*&x=1%202$/)]);
    expect(out.presignedUrl).toMatch(/^https:\/\/h\.example\/a%20b\?x=1\+2&X-Amz-Algorithm=/);
  });
  it('a curl command with a mistake names the file, line and column', () => {
    const r = runCli(['--request', file('bad-curl.txt', `curl -H 'X-A' \\\n  https://h/`), '--context', CONTEXT]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sigv4: .*bad-curl\.txt:1:13: expected a colon/);
  });
});

describe('--request FILE: the body is bytes', () => {
  const body = Uint8Array.from([0x00, 0xff, 0xfe, 0x80, 0x41, 0xc3]);
  const head = new TextEncoder().encode('PUT /k HTTP/1.1\r\nHost: h.example\r\nContent-Type: application/octet-stream\r\n\r\n');
  const raw = new Uint8Array([...head, ...body]);
  it('hashes a body that is not UTF-8 as the bytes given, never as replacement characters', () => {
    const out = sign(file('bin.http', raw));
    expect(out.canonicalRequest!.split('\n').at(-1)).toBe(hex(sha256(body)));
    expect(out.canonicalRequest!.split('\n').at(-1)).not.toBe(hex(sha256(new TextEncoder().encode(new TextDecoder().decode(body)))));
  });
  it('a head that is not UTF-8 is an error at its line and column', () => {
    const r = runCli(['--request', file('badhead.http', Uint8Array.from([...new TextEncoder().encode('GET / HTTP/1.1\nX-A: ab'), 0xff, 0x0a, 0x0a])), '--context', CONTEXT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/badhead\.http:2:8: expected UTF-8 text in the request line and headers.*found "0xff"/);
  });
  it('a byte order mark before the request is not part of it', () => {
    const plain = sign(file('p.http', 'GET / HTTP/1.1\nHost: h.example\n'));
    const bom = sign(file('bom.http', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('GET / HTTP/1.1\nHost: h.example\n')])));
    expect(bom.signature).toBe(plain.signature);
  });
});

describe('--verify FILE --context FILE', () => {
  const signed = sign(file('to-sign.http', 'POST /p?q=a+b HTTP/1.1\nHost: h.example\nContent-Type: text/plain\n\nhello'));
  const signedPath = file('signed.http', signed.signedRequest!);
  it('a signed request verifies with the secret alone: scope, time and mode come from the request', () => {
    const out = verify(signedPath);
    expect(Object.keys(out).sort()).toEqual(['canonicalRequest', 'firstDifference', 'result', 'signature', 'stringToSign']);
    expect(out).toMatchObject({ result: 'match', firstDifference: null, signature: signed.signature, canonicalRequest: signed.canonicalRequest });
  });
  it('a changed byte is a mismatch, and the recomputed signature is ours', () => {
    const out = verify(file('tampered.http', signed.signedRequest!.replace('hello', 'hellO')));
    expect(out.result).toBe('mismatch');
    expect(out.firstDifference).toBe('signature');
    expect(out.signature).not.toBe(signed.signature);
  });
  it('a wrong secret is a mismatch', () => {
    const wrong = file('wrong.json', JSON.stringify({ credentials: { access_key_id: 'AKIDEXAMPLE', secret_access_key: 'x' } }));
    expect(verify(signedPath, wrong).result).toBe('mismatch');
  });
  it('verifies a presigned URL and a signed curl command', () => {
    const url = sign(file('u2.txt', 'https://h.example/k?a=1'), 'query').presignedUrl!;
    expect(verify(file('presigned.txt', url)).result).toBe('match');
    const auth = signed.signedRequest!.match(/^Authorization: (.*)$/m)![1]!;
    const cmd = `curl -X POST -H 'Content-Type: text/plain' -H 'X-Amz-Date: 20150830T123600Z' -H 'Authorization: ${auth}' --data-binary hello 'https://h.example/p?q=a+b'`;
    expect(verify(file('signed-curl.txt', cmd)).result).toBe('match');
  });
  it('a full vector context works too; an unsigned request is exit 2 with one line', () => {
    expect(verify(signedPath, CONTEXT).result).toBe('match');
    const r = runCli(['--verify', file('unsigned.http', 'GET / HTTP/1.1\nHost: h\n'), '--context', SECRET_ONLY]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^sigv4: .*unsigned\.http:1:5: expected a signed request/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
  it('rejects --mode with --verify and --request with --verify', () => {
    expect(runCli(['--verify', signedPath, '--context', SECRET_ONLY, '--mode', 'query']).stderr).toMatch(/--verify takes its mode from the signed request/);
    expect(runCli(['--verify', signedPath, '--request', signedPath, '--context', SECRET_ONLY]).stderr).toMatch(/exclude each other/);
  });
});
