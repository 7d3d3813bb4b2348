import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseRequest, verifySignedRequest } from '../sigv4';
import { IAM_REQUEST, iamOptions, s3Options, sign } from '../diagnose/test-fixtures';
import { curlCommand } from './curl';
import { bashWords, has, splitWords } from './test-shell';

/** The headers (`-H` values) and the body of a split curl command. */
function read(words: string[]): { url: string; headers: string[]; body: string | null; flags: string[] } {
  const headers: string[] = [];
  const flags: string[] = [];
  let body: string | null = null;
  let url = '';
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-H') headers.push(words[++i]!);
    else if (w === '--data-binary' || w === '--data-raw') body = words[++i]!;
    else if (w === '-X') flags.push('-X ' + words[++i]!);
    else if (w.startsWith('-')) flags.push(w);
    else url = w;
  }
  return { url, headers, body, flags };
}

const POST = (body: string, headers = '') =>
  `POST https://example.amazonaws.com/ HTTP/1.1\nHost: example.amazonaws.com\nContent-Type: text/plain\n${headers}\n${body}`;

describe('curlCommand', () => {
  it('sends the IAM example with its Authorization header, no -X and no Host header', () => {
    const t = sign(IAM_REQUEST, iamOptions());
    const { url, headers, body, flags } = read(splitWords(curlCommand(t)));
    expect(url).toBe('https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08');
    expect(flags).toEqual([]);
    expect(body).toBeNull();
    expect(headers).toEqual([
      'Content-Type: application/x-www-form-urlencoded; charset=utf-8',
      'X-Amz-Date: 20150830T123600Z',
      'Authorization: ' + t.stages.authorization!.text,
    ]);
  });

  it('round-trips a body with quotes, backslashes, percent signs and line breaks', () => {
    const body = `{"a": "it's 100% \\n done"}\nline 2\n\n'$HOME' \`x\``;
    const t = sign(POST(body, "X-Note: it's\n"), iamOptions());
    const cmd = curlCommand(t);
    const words = splitWords(cmd);
    expect(read(words).body).toBe(body);
    expect(read(words).headers).toContain("X-Note: it's");
    expect(read(words).flags).toEqual([]);
    if (has('bash')) expect(bashWords(cmd)).toEqual(words.slice(1));
  });

  it('writes an empty header value as Name; (curl drops Name:)', () => {
    const t = sign('GET / HTTP/1.1\nHost: example.amazonaws.com\nX-Empty:\n', iamOptions());
    expect(read(splitWords(curlCommand(t))).headers).toContain('X-Empty;');
  });

  it.each([
    ['DELETE', '', ['-X DELETE']],
    ['HEAD', '', ['--head']],
    ['PUT', 'data', ['-X PUT']],
    ['POST', '', ['-X POST']],
    ['GET', 'data', ['-X GET']],
  ])('%s with body %j needs %j', (method, body, flags) => {
    const t = sign(`${method} / HTTP/1.1\nHost: example.amazonaws.com\n\n${body}`, iamOptions());
    const r = read(splitWords(curlCommand(t)));
    expect(r.flags).toEqual(flags);
    expect(r.url).toBe('https://example.amazonaws.com/');
  });

  it('keeps a Host header that differs from the URL, and reads a file-like body raw', () => {
    const t = sign('POST https://10.0.0.1/ HTTP/1.1\nHost: example.amazonaws.com\n\n@/etc/passwd', iamOptions());
    const r = read(splitWords(curlCommand(t)));
    expect(r.headers[0]).toBe('Host: example.amazonaws.com');
    expect(curlCommand(t)).toContain("--data-raw '@/etc/passwd'");
  });

  it('keeps dot segments and brackets as signed (S3)', () => {
    const t = sign('GET /a/../b[1] HTTP/1.1\nHost: bucket.s3.amazonaws.com\n', s3Options());
    const r = read(splitWords(curlCommand(t)));
    expect(r.flags).toEqual(['--path-as-is', '--globoff']);
    expect(r.url).toBe('https://bucket.s3.amazonaws.com/a/../b[1]');
  });

  it('sends the presigned URL in query mode, with the signed headers it still needs', () => {
    const t = sign(IAM_REQUEST.replace(/X-Amz-Date.*\n/, ''), iamOptions({ mode: 'query', expiresIn: 60 }));
    const cmd = curlCommand(t);
    expect(cmd.startsWith(`curl '${t.stages.presignedUrl!.text}'`)).toBe(true);
    expect(read(splitWords(cmd)).headers).toEqual(['Content-Type: application/x-www-form-urlencoded; charset=utf-8']);
  });
});

/** Runs the command with curl against a local server and returns the request as the server received it. */
async function receive(command: string, host: string): Promise<string> {
  let seen = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = req.rawHeaders.map((v, i) => (i % 2 === 0 ? `${v}: ` : `${v}\n`)).join('');
      seen = `${req.method} ${req.url} HTTP/1.1\n${headers}\n${Buffer.concat(chunks).toString('utf8')}`;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  try {
    await new Promise<void>((resolve, reject) => {
      execFile('bash', ['-c', `${command} -s -o /dev/null --connect-to ${host}:80:127.0.0.1:${port}`], (e) => (e ? reject(new Error(e.message)) : resolve()));
    });
  } finally {
    server.close();
  }
  return seen;
}

describe.skipIf(!has('curl') || !has('bash'))('curlCommand with a real curl', () => {
  it('sends a request that verifies against its signature', async () => {
    const text = "POST http://example.amazonaws.com/a/b?b=2&a=1 HTTP/1.1\nHost: example.amazonaws.com\nContent-Type: text/plain\nX-Note: it's  here\n\nbody with 'quotes' and 100%\nline 2\n";
    const t = sign(text, iamOptions({ service: 'service' }));
    const received = await receive(curlCommand(t), 'example.amazonaws.com');
    const result = verifySignedRequest(parseRequest(received), t.options.credentials.secretAccessKey);
    expect(result.status).toBe('match');
    expect(received.endsWith("\n\nbody with 'quotes' and 100%\nline 2\n")).toBe(true);
  });
});
