/**
 * "Reproduce it yourself": shell commands that recompute each stage with standard tools, so a reader
 * can check every hex value of the trace without trusting this page. SHA-256 with `sha256sum`, the
 * key chain and the signature with `openssl dgst -sha256 -mac HMAC` (AWS General Reference,
 * "Calculate the signature": kDate = HMAC("AWS4" + secret, date), then each key keys the next HMAC).
 * Texts go through `printf '%s' '…'`, single-quoted, so `%`, `\`, quotes and line breaks stay bytes.
 * With secrets masked, the secret, the session token and every derived key stay in shell variables.
 */
import { STAGE_ORDER, toHex, uriEncode, type KeyStage, type StageId, type Trace } from '../sigv4';
import { shellConcat, shellQuote, type ShellPart } from './shell-quote';

/** The environment variables masked commands read, as the AWS CLI names them. */
export const SECRET_ENV = 'AWS_SECRET_ACCESS_KEY';
/** The session token's environment variable. */
export const TOKEN_ENV = 'AWS_SESSION_TOKEN';

const HMAC = 'openssl dgst -sha256 -mac HMAC -macopt';
/** openssl prints `HMAC-SHA2-256(stdin)= <hex>` (3.x) or `(stdin)= <hex>`: keep the last word. */
const LAST_WORD = "sed 's/^.* //'";
const SHA256 = "sha256sum | cut -d' ' -f1";
const HEX_DUMP = "od -An -v -tx1 | tr -d ' \\n'; echo";
/** RFC 3986 unreserved bytes stay, every other byte becomes %XX: SigV4's URI encoding, for the token in a presigned query. */
const URI_ENCODE =
  'od -An -v -tx1 | LC_ALL=C awk \'BEGIN{for(i=0;i<256;i++){h=sprintf("%02x",i);c=sprintf("%c",i);u[h]=(c~/^[A-Za-z0-9._~-]$/)?c:"%" toupper(h)}}{for(i=1;i<=NF;i++)printf "%s",u[$i]}\'';

/** `text` as one shell word; when masking, each occurrence of the token (raw or encoded) becomes a variable. */
function textWord(text: string, token: string | undefined, mask: boolean): string {
  if (!mask || !token) return shellQuote(text);
  const encoded = uriEncode(token);
  const forms: [string, string][] = [[token, `$${TOKEN_ENV}`]];
  if (encoded !== token) forms.push([encoded, `$(printf '%s' "$${TOKEN_ENV}" | ${URI_ENCODE})`]);
  forms.sort((a, b) => b[0].length - a[0].length);
  const parts: ShellPart[] = [];
  let rest = text;
  for (;;) {
    const hits = forms.map(([f, expr]) => ({ at: rest.indexOf(f), f, expr })).filter((h) => h.at >= 0);
    if (hits.length === 0) break;
    const first = hits.reduce((a, b) => (b.at < a.at ? b : a));
    parts.push({ literal: rest.slice(0, first.at) }, { expr: first.expr });
    rest = rest.slice(first.at + first.f.length);
  }
  parts.push({ literal: rest });
  return shellConcat(parts);
}

const printf = (word: string): string => `printf '%s' ${word}`;

/** The commands for one key of the chain: revealed, a pipeline printing its hex; masked, a variable and an echo. */
function keyCommands(trace: Trace, key: KeyStage, reveal: boolean): string[] {
  const secret = trace.options.credentials.secretAccessKey;
  if (key.key === null) {
    return reveal ? [`${printf(shellQuote('AWS4' + secret))} | ${HEX_DUMP}`] : [`: "\${${SECRET_ENV}:?}"`, `${printf(`"AWS4$${SECRET_ENV}"`)} | ${HEX_DUMP}`];
  }
  const prev = trace.stages[key.key] as KeyStage;
  // The hex-text mistake (openbullet#663) keys kRegion with kDate's hex as text; reproduce it as computed.
  const hexText = key.keyBytes !== null && toHex(key.keyBytes) !== toHex(prev.bytes);
  let opt: string;
  if (prev.key === null) opt = reveal ? shellQuote('key:AWS4' + secret) : `"key:AWS4$${SECRET_ENV}"`;
  else if (reveal) opt = (hexText ? 'key:' : 'hexkey:') + toHex(prev.bytes);
  else opt = `"${hexText ? 'key' : 'hexkey'}:$${prev.id}"`;
  const pipeline = `${printf(shellQuote(key.message.text))} | ${HMAC} ${opt} | ${LAST_WORD}`;
  return reveal ? [pipeline] : [`${key.id}=$(${pipeline})`, `echo "$${key.id}"`];
}

/** What every stage's commands are built from: the trace, the reveal state, and the canonical request as one shell word. */
interface Context {
  readonly trace: Trace;
  readonly reveal: boolean;
  readonly canonicalWord: string;
}

const NONE = (): string[] => [];
const key = (x: Context, id: StageId): string[] => keyCommands(x.trace, x.trace.stages[id] as KeyStage, x.reveal);

/** Each stage's commands (none for a stage that is plain text, or assembled from others by hand). */
const COMMANDS = {
  canonicalUri: NONE,
  canonicalQuery: NONE,
  canonicalHeaders: NONE,
  signedHeaders: NONE,
  payloadHash: ({ trace }) => (trace.payloadSource === 'body' ? [`${printf(shellQuote(trace.request.body.text))} | ${SHA256}`] : []),
  canonicalRequest: ({ canonicalWord }) => [printf(canonicalWord)],
  canonicalRequestHash: ({ canonicalWord }) => [`${printf(canonicalWord)} | ${SHA256}`],
  credentialScope: NONE,
  stringToSign: ({ trace }) => [printf(shellQuote(trace.stages.stringToSign.text))],
  kSecret: key,
  kDate: key,
  kRegion: key,
  kService: key,
  kSigning: key,
  signature: ({ trace, reveal }) => {
    const signingKey = reveal ? `hexkey:${toHex(trace.stages.kSigning.bytes)}` : '"hexkey:$kSigning"';
    return [`${printf(shellQuote(trace.stages.stringToSign.text))} | ${HMAC} ${signingKey} | ${LAST_WORD}`];
  },
  authorization: NONE,
  presignedUrl: NONE,
  signedRequest: NONE,
} satisfies Record<StageId, (x: Context, id: StageId) => string[]>;

/**
 * Shell commands that recompute each stage, by stage id (empty for stages that are plain text).
 * With `revealSecrets` false the secret is read from $AWS_SECRET_ACCESS_KEY and the session token
 * from $AWS_SESSION_TOKEN, derived keys live in shell variables, and the commands must run in order
 * in one shell; with true every command stands alone and holds the secret.
 */
export function reproduceCommands(trace: Trace, revealSecrets: boolean): Record<StageId, string[]> {
  const x: Context = { trace, reveal: revealSecrets, canonicalWord: textWord(trace.stages.canonicalRequest.text, trace.options.credentials.sessionToken, !revealSecrets) };
  return Object.fromEntries(STAGE_ORDER.map((id) => [id, COMMANDS[id](x, id)])) as Record<StageId, string[]>;
}
