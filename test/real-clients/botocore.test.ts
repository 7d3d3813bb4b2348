/**
 * Real client 3: botocore (the AWS CLI's and boto3's signer), Debian's python3-botocore, run once
 * for all cases through botocore_sign.py. Only /usr/bin/python3 is tried: the `python3` first on
 * PATH may be another interpreter with another botocore.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ACCESS_KEY_ID, amzDate, bodyBytes, CASES, DEFAULT_EXPIRES, SECRET_ACCESS_KEY, SESSION_TOKEN, timeOf, type Case } from './cases';
import { clientAvailable, clientSuite, type ClientResult } from './harness';
import { baseUrl, formDecode, signatureOf, type Sent } from './wire';

const PYTHON = '/usr/bin/python3';
const SCRIPT = fileURLToPath(new URL('./botocore_sign.py', import.meta.url));
/** Bounded: one interpreter start and 60-odd signatures take well under a second. */
const TIMEOUT_MS = 20_000;

/** null when botocore can be imported by /usr/bin/python3, else why not. */
function missing(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} does not exist`;
  const r = spawnSync(PYTHON, ['-c', 'import botocore, botocore.auth, botocore.awsrequest; print(botocore.__version__)'], {
    encoding: 'utf8', timeout: TIMEOUT_MS,
  });
  if (r.error) return `${PYTHON} could not run: ${r.error.message}`;
  if (r.status !== 0) return `${PYTHON} cannot import botocore (${r.stderr.trim().split('\n').pop() ?? ''})`;
  return null;
}

/** botocore cannot be told to leave the session token out of the signature. */
const CASES_BOTOCORE = CASES.filter((c) => c.token !== 'appended');

interface BotocoreOut {
  id: string;
  canonicalRequest: string;
  stringToSign: string;
  url: string;
  headers: [string, string][];
  body: string;
}

function input(c: Case): object {
  return {
    id: c.id, method: c.method, url: baseUrl(c), service: c.service, region: c.region, mode: c.mode,
    // Decoded pairs, as botocore's serializers hand them over; repeats and order kept.
    params: formDecode(c.query), headers: c.headers ?? [], body: Buffer.from(bodyBytes(c)).toString('base64'),
    accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY, ...(c.token ? { token: SESSION_TOKEN } : {}),
    amzDate: amzDate(timeOf(c)), expires: c.expires ?? DEFAULT_EXPIRES,
  };
}

async function signAll(cases: readonly Case[]): Promise<ReadonlyMap<string, ClientResult>> {
  const r = spawnSync(PYTHON, [SCRIPT], { input: JSON.stringify(cases.map(input)), encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 << 20 });
  if (r.error) throw new Error(`botocore_sign.py did not finish: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`botocore_sign.py exited ${r.status}: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as BotocoreOut[];
  const byId = new Map(cases.map((c) => [c.id, c]));
  return Promise.resolve(
    new Map(
      out.map((o): [string, ClientResult] => {
        const sent: Sent = { method: byId.get(o.id)!.method, url: o.url, headers: o.headers, body: Buffer.from(o.body, 'base64') };
        return [o.id, { sent, signature: signatureOf(sent), canonicalRequest: o.canonicalRequest, stringToSign: o.stringToSign }];
      }),
    ),
  );
}

if (clientAvailable('botocore', missing())) {
  clientSuite({ client: 'botocore', cases: CASES_BOTOCORE, signAll, negative: 's3-presign-token' });
}
