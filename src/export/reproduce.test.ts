import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STAGE_ORDER, toHex, type SigningOptions, type StageId, type Trace } from '../sigv4';
import { P256 } from '../sigv4/p256';
import { mistake } from '../diagnose';
import { IAM_REQUEST, IAM_SIGNATURE, iamOptions, sign, TOKEN_REQUEST, tokenOptions } from '../diagnose/test-fixtures';
import { reproduceCommands, SECRET_ENV, TOKEN_ENV } from './reproduce';
import { has } from './test-shell';

const tools = ['bash', 'sh', 'openssl', 'sha256sum', 'od', 'awk', 'tail'];
const available = tools.every(has);
if (!available && process.env['CI']) throw new Error(`CI is set but one of ${tools.join(', ')} is missing`);

const COMPUTED: StageId[] = ['payloadHash', 'canonicalRequestHash', 'kSecret', 'kDate', 'kRegion', 'kService', 'kSigning', 'signature'];
/** SigV4a's computed stages; its signature's commands verify it and print `Verified OK`. */
const COMPUTED_V4A: StageId[] = ['payloadHash', 'canonicalRequestHash', 'kSecret', 'derivationInput', 'k0', 'privateKey', 'publicKey', 'signature'];
const V4A_ONLY: StageId[] = ['derivationInput', 'k0', 'privateKey', 'publicKey'];
const V4_ONLY: StageId[] = ['kDate', 'kRegion', 'kService', 'kSigning'];
/** sigv4a.md: the key pair of the example credentials (AKIDEXAMPLE), as the aws-c-auth v4a vectors give it. */
const EXAMPLE_D = '7efc8c0e65a324242818c5a50c891c6060b6a00717b7ba3cbe3c5d765be9259c';
const EXAMPLE_POINT =
  '04b6618f6a65740a99e650b33b6b4b5bd0d43b176d721a3edfea7e7d2d56d936b1865ed22a7eadc9c5cb9d2cbaca1b3699139fedc5043dc6661864218330c8e518';

/** SigV4a options for the example credentials, region set us-east-1, on the lab's curve. */
function v4aOptions(overrides: Partial<SigningOptions> = {}): SigningOptions {
  return iamOptions({ service: 'service', algorithm: 'sigv4a', curve: P256, region: 'us-east-1', ...overrides });
}

/** The verification writes its DER files in the current directory: run every script in a scratch one. */
let scratch: string | null = null;
afterAll(() => {
  if (scratch !== null) rmSync(scratch, { recursive: true, force: true });
});

type Shell = 'bash' | 'sh';

/** Runs a script in `shell` (sh is dash on Debian, POSIX printf only) and returns its stdout; throws on failure. */
function run(script: string, env: Record<string, string> = {}, shell: Shell = 'bash'): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'reproduce-'));
  const r = spawnSync(shell, ['-c', script], { cwd: scratch, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${shell} exited ${String(r.status)}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** The hex the trace holds for a computed stage. */
function expected(t: Trace, id: StageId): string {
  const s = t.stages[id]!;
  return s.kind === 'key' ? toHex(s.bytes) : s.text;
}

/** Runs every stage's commands in order in one shell, and returns the last line each stage printed. */
function runAll(commands: Record<StageId, string[]>, env: Record<string, string> = {}, ids = COMPUTED, shell: Shell = 'bash'): Record<string, string> {
  const script = ids.filter((id) => commands[id].length > 0).map((id) => `echo "@@${id}"\n${commands[id].join('\n')}`).join('\n');
  const out: Record<string, string> = {};
  let stage = '';
  for (const line of run('set -e\n' + script, env, shell).split('\n')) {
    if (line.startsWith('@@')) stage = line.slice(2);
    else if (line !== '') out[stage] = line;
  }
  return out;
}

describe('reproduceCommands', () => {
  const iam = sign(IAM_REQUEST, iamOptions());

  it('has an entry for every stage, commands only for computed ones', () => {
    const c = reproduceCommands(iam, true);
    expect(Object.keys(c).sort()).toEqual([...STAGE_ORDER].sort());
    expect(c.canonicalUri).toEqual([]);
    expect(c.canonicalRequestHash[0]).toMatch(/^printf '%s' 'GET\n\/\n.*\| sha256sum/s);
    expect(c.kDate[0]).toContain("-macopt 'key:AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'");
    expect(c.kRegion[0]).toContain(`-macopt hexkey:${toHex(iam.stages.kDate!.bytes)}`);
    expect(c.signature[0]).toContain(`hexkey:${toHex(iam.stages.kSigning!.bytes)}`);
    for (const id of V4A_ONLY) expect(c[id], id).toEqual([]);
  });

  it('gives SigV4a its derivation and a verification in place of the HMAC chain', () => {
    const t = sign(TOKEN_REQUEST, v4aOptions());
    const c = reproduceCommands(t, true);
    for (const id of V4_ONLY) expect(c[id], id).toEqual([]);
    for (const id of V4A_ONLY) expect(c[id], id).toHaveLength(1);
    expect(c.kSecret[0]).toContain("'AWS4AwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'");
    expect(c.derivationInput[0]).toMatch(/^printf '\\000\\000\\000\\001%s\\000%s\\001\\000\\000\\001\\000' 'AWS4-ECDSA-P256-SHA256' 'AKIDEXAMPLE' \| od/);
    expect(c.k0[0]).toContain("-macopt 'key:AWS4AwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'");
    expect(c.privateKey[0]).toContain(t.stages.k0!.text);
    expect(c.publicKey[0]).toContain(`30310201010420${t.stages.privateKey!.text}a00a06082a8648ce3d030107`);
    expect(c.signature.join('\n')).toContain(`${t.stages.publicKey!.text} `);
    expect(c.signature.join('\n')).toContain(t.stages.signature.text);
    expect(c.signature.at(-1)).toMatch(/\| openssl dgst -sha256 -verify \S+ -keyform DER -signature \S+$/);
  });

  it('takes the counter of the fixed input from the attempt that was accepted', () => {
    const t = sign(TOKEN_REQUEST, v4aOptions());
    const d = t.stages.privateKey!;
    const attempts = [{ ...d.attempts[0]!, counter: 1, accepted: false }, { ...d.attempts[0]!, counter: 10 }];
    const c = reproduceCommands({ ...t, stages: { ...t.stages, privateKey: { ...d, attempts } } }, false);
    expect(c.derivationInput[0]).toContain("%s\\012\\000\\000\\001\\000' ");
    expect(c.k0[0]).toContain("%s\\012\\000\\000\\001\\000' ");
  });

  it('masks the secret and every SigV4a key derived from it', () => {
    const base = tokenOptions({ mode: 'query' });
    const t = sign(TOKEN_REQUEST, v4aOptions({ mode: 'query', credentials: base.credentials }));
    const text = Object.values(reproduceCommands(t, false)).flat().join('\n');
    const secrets = [t.options.credentials.secretAccessKey, t.options.credentials.sessionToken!, toHex(t.stages.kSecret.bytes), t.stages.k0!.text, t.stages.privateKey!.text];
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).toContain(`"key:AWS4A$${SECRET_ENV}"`);
    expect(text).toContain('"$k0"');
    expect(text).toContain('${privateKey}');
    expect(text).toContain('$publicKey"');
  });

  it('masks the secret, the token and every derived key', () => {
    const t = sign(TOKEN_REQUEST, tokenOptions());
    const text = Object.values(reproduceCommands(t, false)).flat().join('\n');
    const secrets = [t.options.credentials.secretAccessKey, t.options.credentials.sessionToken!];
    for (const k of [t.stages.kDate, t.stages.kRegion, t.stages.kService, t.stages.kSigning]) secrets.push(toHex(k!.bytes));
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).toContain(`$${SECRET_ENV}`);
    expect(text).toContain(`$${TOKEN_ENV}`);
  });
});

describe.skipIf(!available)('reproduceCommands in a real shell', () => {
  const iam = sign(IAM_REQUEST, iamOptions());

  it('each revealed command recomputes its stage of the IAM example on its own', () => {
    const c = reproduceCommands(iam, true);
    for (const id of COMPUTED) expect(run(c[id].join('\n')).trim(), id).toBe(expected(iam, id));
    expect(iam.stages.signature.text).toBe(IAM_SIGNATURE);
  });

  it('the masked commands, run in order, recompute every stage from the environment', () => {
    const got = runAll(reproduceCommands(iam, false), { [SECRET_ENV]: iam.options.credentials.secretAccessKey });
    for (const id of COMPUTED) expect(got[id], id).toBe(expected(iam, id));
  });

  it('keeps %, backslashes, quotes and line breaks as bytes', () => {
    const text = "POST /?q=100%25&p=%5C%27 HTTP/1.1\nHost: example.amazonaws.com\nX-Odd: it's \\n %s %%\n\nbody's\n\\n 100%\n";
    const t = sign(text, iamOptions({ service: 'service' }));
    const got = runAll(reproduceCommands(t, true));
    for (const id of COMPUTED) expect(got[id], id).toBe(expected(t, id));
  });

  it('masks a signed session token in header and query mode, base64 or not', () => {
    for (const token of ['AQoDYXdzEPT//////////wEXAMPLE+tc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==', "it's a *token* ~ é"]) {
      for (const mode of ['header', 'query'] as const) {
        const o = tokenOptions({ mode });
        const t = sign(TOKEN_REQUEST, { ...o, credentials: { ...o.credentials, sessionToken: token } });
        const c = reproduceCommands(t, false);
        expect(c.canonicalRequest.join('\n')).not.toContain(token);
        const env = { [SECRET_ENV]: t.options.credentials.secretAccessKey, [TOKEN_ENV]: token };
        const got = runAll(c, env);
        for (const id of COMPUTED) expect(got[id], `${mode} ${token.slice(0, 8)} ${id}`).toBe(expected(t, id));
      }
    }
  });

  it('reproduces the hex-text key chain as the trace computed it', () => {
    const t = sign(IAM_REQUEST, iamOptions(), [mistake('key-chain-hex-text')]);
    const got = runAll(reproduceCommands(t, true));
    for (const id of COMPUTED) expect(got[id], id).toBe(expected(t, id));
    expect(got['kRegion']).not.toBe(toHex(iam.stages.kRegion!.bytes));
  });
});

describe.skipIf(!available).each(['bash', 'sh'] as const)('SigV4a reproduce commands in %s', (shell) => {
  const t = sign(TOKEN_REQUEST, v4aOptions());

  /** The trace's value for a stage, `Verified OK` for the signature. */
  const want = (trace: Trace, id: StageId): string => (id === 'signature' ? 'Verified OK' : expected(trace, id));

  it('derives the example key pair of the aws-c-auth vectors', () => {
    expect(t.stages.privateKey!.text).toBe(EXAMPLE_D);
    expect(t.stages.publicKey!.text).toBe(EXAMPLE_POINT);
  });

  it('each revealed stage recomputes, or verifies, on its own', () => {
    const c = reproduceCommands(t, true);
    for (const id of COMPUTED_V4A) expect(run(c[id].join('\n'), {}, shell).trim().split('\n').at(-1), id).toBe(want(t, id));
  });

  it('the masked commands, run in order, derive the key from the environment and verify the signature', () => {
    const got = runAll(reproduceCommands(t, false), { [SECRET_ENV]: t.options.credentials.secretAccessKey }, COMPUTED_V4A, shell);
    for (const id of COMPUTED_V4A) expect(got[id], id).toBe(want(t, id));
  });

  it('derives another key pair, with a session token and in query mode', () => {
    const o = tokenOptions({ mode: 'query' });
    const u = sign(TOKEN_REQUEST, v4aOptions({ mode: 'query', credentials: { ...o.credentials, accessKeyId: 'AKIA-it\'s %s', secretAccessKey: "se'cr%et\\n $x" } }));
    const env = { [SECRET_ENV]: u.options.credentials.secretAccessKey, [TOKEN_ENV]: u.options.credentials.sessionToken! };
    const masked = runAll(reproduceCommands(u, false), env, COMPUTED_V4A, shell);
    const revealed = runAll(reproduceCommands(u, true), {}, COMPUTED_V4A, shell);
    for (const id of COMPUTED_V4A) {
      expect(masked[id], `masked ${id}`).toBe(want(u, id));
      expect(revealed[id], `revealed ${id}`).toBe(want(u, id));
    }
    expect(u.stages.privateKey!.text).not.toBe(EXAMPLE_D);
  });

  it('fails the verification of a signature over another string to sign', () => {
    const other = { ...t.stages.stringToSign, text: t.stages.stringToSign.text.replace(/.$/, (c) => (c === '0' ? '1' : '0')) };
    const c = reproduceCommands({ ...t, stages: { ...t.stages, stringToSign: other } }, true);
    expect(() => run(c.signature.join('\n'), {}, shell)).toThrow(/Verification failure/);
  });
});
