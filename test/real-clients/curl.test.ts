/**
 * Real client 4: Debian's curl (`--aws-sigv4`), run by bash on a command line per case against a
 * loopback recorder that keeps the exact bytes curl sent. Our CLI signs the SAME command line at
 * curl's own X-Amz-Date; we compare Authorization headers and --verify the recorded bytes. Where
 * the installed curl has a known signing bug for a case, the test names the bug and the curl
 * version that fixed it, and asserts that ours is the right answer (smithy's for the request curl
 * sent) and curl's differs. All recording happens while the file is collected, so test titles can
 * say which bug applies; every process and wait is bounded.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, isoOfAmzDate, type Case } from './cases';
import { bugsFor, fixedText, versionText, type CurlBug, type Version } from './curl-bugs';
import { CURL, curlCommand, parseCurlVersion, parseRecorded, type Recorded } from './curl-command';
import { clientAvailable, expectSameSignature, type ClientResult } from './harness';
import { cleanUp, contextFor, ourSign, ourVerify, verifyContext } from './our-side';
import { startRecorder } from './recorder';
import { headerBag, queryBag, smithySign } from './smithy-client';
import { formDecode, headerValue } from './wire';

const run = promisify(execFile);

/** curl has no presigning and no way to leave a token unsigned. */
const CURL_CASES = CASES.filter((c) => c.mode === 'header' && c.token !== 'appended');

function detect(): { version: Version } | { missing: string } {
  if (!existsSync(CURL)) return { missing: `${CURL} does not exist` };
  const r = spawnSync(CURL, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const version = r.status === 0 ? parseCurlVersion(r.stdout) : null;
  return version ? { version } : { missing: `${CURL} --version failed: ${r.error?.message ?? r.stderr}` };
}

interface Run {
  readonly c: Case;
  readonly command: string;
  readonly rec: Recorded;
  readonly amzDate: string;
  readonly authorization: string;
  /** smithy's signature of the request curl sent, with what curl means to sign. */
  readonly reference: ClientResult;
  readonly bugs: readonly CurlBug[];
}

/** The right answer for the request curl sent: the case's -H headers (as recorded), host, curl's time. */
async function reference(c: Case, rec: Recorded, amzDate: string): Promise<ClientResult> {
  const intended = new Set([...(c.headers ?? []).map(([n]) => n.toLowerCase()), ...(c.token ? ['x-amz-security-token'] : [])]);
  const [hostname, port] = (headerValue(rec.headers, 'host') ?? '').split(':');
  return smithySign({
    method: rec.method, hostname: hostname!, ...(port !== undefined ? { port: Number(port) } : {}), path: rec.path,
    query: queryBag(formDecode(rec.query ?? undefined)), headers: headerBag(rec.headers.filter(([n]) => intended.has(n.toLowerCase()))),
    body: rec.body, service: c.service, region: c.region, time: isoOfAmzDate(amzDate), mode: 'header', expires: 3600,
    // curl signs every -H header, User-Agent and Cache-Control included, which the SDK leaves out.
    signable: intended,
  });
}

async function recordAll(version: Version): Promise<Run[]> {
  const home = mkdtempSync(join(tmpdir(), 'sigv4-curl-home-'));
  const recorder = await startRecorder();
  try {
    const runs: Run[] = [];
    for (const c of CURL_CASES) {
      const command = curlCommand(c, recorder.port);
      const recorded = recorder.next(8_000);
      // No proxy variables, no ~/.curlrc: only what the command says.
      const curl = run('/bin/bash', ['-c', command], { env: { PATH: '/usr/bin:/bin', HOME: home }, timeout: 10_000 });
      const [bytes] = await Promise.all([recorded, curl]);
      const rec = parseRecorded(bytes);
      const amzDate = headerValue(rec.headers, 'x-amz-date') ?? '';
      const ref = await reference(c, rec, amzDate);
      const bugs = bugsFor(version, { c, path: rec.path, query: rec.query, canonical: ref.canonicalRequest!.split('\n') });
      runs.push({ c, command, rec, amzDate, authorization: headerValue(rec.headers, 'authorization') ?? '', reference: ref, bugs });
    }
    return runs;
  } finally {
    await recorder.close();
    rmSync(home, { recursive: true, force: true });
  }
}

const found = detect();
if (clientAvailable('curl', 'missing' in found ? found.missing : null) && 'version' in found) {
  const v = versionText(found.version);
  const runs = await recordAll(found.version);
  const ours = (r: Run) => ourSign(r.command, contextFor(r.c, { timestamp: isoOfAmzDate(r.amzDate), token: false }), 'header');

  describe(`curl ${v}`, () => {
    afterAll(cleanUp);

    for (const r of runs) {
      const id = r.c.id;
      it(`${id}: our signature of the curl command is the right one (smithy's for the request curl sent)`, () => {
        // The case's own body is what curl sent: --data-urlencode and friends were written to match it.
        if (r.c.body !== undefined) expect(new Uint8Array(r.rec.body)).toEqual(new Uint8Array(Buffer.from(r.c.body)));
        expectSameSignature(ours(r), r.reference);
      });

      if (r.bugs.length === 0) {
        it(`${id}: our Authorization equals the one curl sent`, () => {
          expect(ours(r).authorization).toBe(r.authorization);
        });
      } else {
        const named = r.bugs.map((b) => `${b.what} (bug ${b.id}, ${fixedText(b)})`).join('; ');
        it(`${id}: curl ${v} ${named}; its Authorization differs from ours, which is right`, () => {
          const mine = ours(r);
          expect(mine.signature).toBe(r.reference.signature);
          expect(r.authorization).not.toBe(mine.authorization);
        });
      }

      const expected = r.bugs.some((b) => b.verify === 'mismatch') ? 'mismatch' : 'match';
      const why = expected === 'match' ? '' : ` (curl ${v} signed it wrong)`;
      it(`${id}: our --verify of the bytes curl sent says ${expected}${why}`, () => {
        // The token, where there is one, is a header of the recorded request: --verify reads it there.
        const verdict = ourVerify(r.rec.bytes, verifyContext(false));
        expect(verdict.result, `firstDifference: ${verdict.firstDifference}`).toBe(expected);
      });
    }

    it('a changed byte in the path curl sent gives mismatch', () => {
      // A request curl signs right, with no query: the byte before " HTTP/1.1" is the path's last.
      const r = runs.find((x) => x.bugs.length === 0 && x.rec.query === null && !x.rec.path.endsWith('/'));
      if (!r) throw new Error('no case that curl signs right has a plain path');
      const bytes = Buffer.from(r.rec.bytes);
      const at = bytes.indexOf(' HTTP/1.1\r\n') - 1;
      bytes[at] = bytes[at] === 0x78 ? 0x79 : 0x78;
      const verdict = ourVerify(bytes, verifyContext(false));
      expect(verdict.result).toBe('mismatch');
    });
  });
}
