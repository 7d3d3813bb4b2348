import { describe, expect, it } from 'vitest';
import { STAGE_ORDER, toHex, type StageId, type Trace } from '../sigv4';
import { mistake } from '../diagnose';
import { IAM_REQUEST, IAM_SIGNATURE, iamOptions, sign, TOKEN_REQUEST, tokenOptions } from '../diagnose/test-fixtures';
import { reproduceCommands, SECRET_ENV, TOKEN_ENV } from './reproduce';
import { bash, has } from './test-shell';

const tools = ['bash', 'openssl', 'sha256sum', 'od', 'awk'];
const available = tools.every(has);
if (!available && process.env['CI']) throw new Error(`CI is set but one of ${tools.join(', ')} is missing`);

const COMPUTED: StageId[] = ['payloadHash', 'canonicalRequestHash', 'kSecret', 'kDate', 'kRegion', 'kService', 'kSigning', 'signature'];

/** The hex the trace holds for a computed stage. */
function expected(t: Trace, id: StageId): string {
  const s = t.stages[id]!;
  return s.kind === 'key' ? toHex(s.bytes) : s.text;
}

/** Runs every stage's commands in order in one shell, and returns the last line each stage printed. */
function runAll(commands: Record<StageId, string[]>, env: Record<string, string> = {}): Record<string, string> {
  const script = COMPUTED.filter((id) => commands[id].length > 0).map((id) => `echo "@@${id}"\n${commands[id].join('\n')}`).join('\n');
  const out: Record<string, string> = {};
  let stage = '';
  for (const line of bash('set -e\n' + script, env).split('\n')) {
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
    expect(c.kRegion[0]).toContain(`-macopt hexkey:${toHex(iam.stages.kDate.bytes)}`);
    expect(c.signature[0]).toContain(`hexkey:${toHex(iam.stages.kSigning.bytes)}`);
  });

  it('masks the secret, the token and every derived key', () => {
    const t = sign(TOKEN_REQUEST, tokenOptions());
    const text = Object.values(reproduceCommands(t, false)).flat().join('\n');
    const secrets = [t.options.credentials.secretAccessKey, t.options.credentials.sessionToken!];
    for (const k of [t.stages.kDate, t.stages.kRegion, t.stages.kService, t.stages.kSigning]) secrets.push(toHex(k.bytes));
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).toContain(`$${SECRET_ENV}`);
    expect(text).toContain(`$${TOKEN_ENV}`);
  });
});

describe.skipIf(!available)('reproduceCommands in a real shell', () => {
  const iam = sign(IAM_REQUEST, iamOptions());

  it('each revealed command recomputes its stage of the IAM example on its own', () => {
    const c = reproduceCommands(iam, true);
    for (const id of COMPUTED) expect(bash(c[id].join('\n')).trim(), id).toBe(expected(iam, id));
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
    expect(got['kRegion']).not.toBe(toHex(iam.stages.kRegion.bytes));
  });
});
