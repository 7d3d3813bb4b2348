/**
 * "Reproduce it yourself": shell commands that recompute each stage with standard tools, so a reader
 * can check every hex value of the trace without trusting this page. SHA-256 with `sha256sum`, the
 * key chain and the signature with `openssl dgst -sha256 -mac HMAC` (AWS General Reference,
 * "Calculate the signature": kDate = HMAC("AWS4" + secret, date), then each key keys the next HMAC).
 * Texts go through `printf '%s' '…'`, single-quoted, so `%`, `\`, quotes and line breaks stay bytes.
 * With secrets masked, the secret, the session token and every derived key stay in shell variables.
 *
 * SigV4a (../shared/reference/sigv4a.md): k0 = HMAC("AWS4A" + secret, fixed input) with openssl, d = k0 + 1
 * with awk on hex digits, d·G with `openssl ec` from a SEC1 ECPrivateKey, and, since an ECDSA signature
 * takes a random nonce, a verification with `openssl dgst -verify` in place of recomputing it. Bytes given
 * as hex go through `printf "$(… | awk …)"` with octal escapes, which dash and bash both understand.
 */
import { ALGORITHM_V4A, algorithmOf, SECRET_PREFIX, SECRET_PREFIX_V4A, STAGE_ORDER, toHex, uriEncode, type KeyStage, type StageId, type Trace } from '../sigv4';
import { shellConcat, shellQuote, type ShellPart } from './shell-quote';

/** The environment variables masked commands read, as the AWS CLI names them. */
export const SECRET_ENV = 'AWS_SECRET_ACCESS_KEY';
/** The session token's environment variable. */
export const TOKEN_ENV = 'AWS_SESSION_TOKEN';

const HMAC = 'openssl dgst -sha256 -mac HMAC -macopt';
/** openssl prints `HMAC-SHA2-256(stdin)= <hex>` (3.x) or `(stdin)= <hex>`: keep the last word. */
const LAST_WORD = "sed 's/^.* //'";
const SHA256 = "sha256sum | cut -d' ' -f1";
/** Bytes on stdin as lower-case hex, on one line without its line break (for `$(…)`), and with it. */
const HEX = "od -An -v -tx1 | tr -d ' \\n'";
const HEX_DUMP = `${HEX}; echo`;
/** Hex digits on stdin as `\ooo` escapes for printf: POSIX printf (dash's too) knows octal escapes, not `\x`. */
const HEX_TO_OCTAL =
  'awk \'{h="0123456789abcdef";$0=tolower($0);for(i=1;i<length($0);i+=2)printf "\\\\%03o",(index(h,substr($0,i,1))-1)*16+index(h,substr($0,i+1,1))-1}\'';
/** The hex number on stdin plus one, as many digits (SigV4a's d = k0 + 1; k0 ≤ n − 2 never carries out). */
const PLUS_ONE = 'awk \'{h="0123456789abcdef";s="";c=1;for(i=length($0);i>0;i--){v=index(h,substr($0,i,1))-1+c;c=int(v/16);s=substr(h,v%16+1,1) s}print s}\'';
/** The DER around a P-256 private key d (SEC1 ECPrivateKey: version 1, d, the curve's OID), from which openssl derives d·G. */
const EC_PRIVATE_KEY_DER = ['30310201010420', 'a00a06082a8648ce3d030107'] as const;
/** The DER before an uncompressed P-256 point (SubjectPublicKeyInfo: id-ecPublicKey, prime256v1, a 66-byte BIT STRING). */
const SPKI_DER_PREFIX = '3059301306072a8648ce3d020106082a8648ce3d030107034200';
/** The files the SigV4a verification writes in the current directory. */
const PUBLIC_KEY_FILE = 'sigv4a-pub.der';
const SIGNATURE_FILE = 'sigv4a-sig.der';
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

/** Revealed, a pipeline printing a value; masked, the pipeline into the stage's variable and an echo of it. */
const valueCommands = (id: StageId, pipeline: string, reveal: boolean): string[] => (reveal ? [pipeline] : [`${id}=$(${pipeline})`, `echo "$${id}"`]);

/** The commands for one key of the chain: revealed, a pipeline printing its hex; masked, a variable and an echo. */
function keyCommands(trace: Trace, key: KeyStage, reveal: boolean): string[] {
  const secret = trace.options.credentials.secretAccessKey;
  const prefix = algorithmOf(trace.options) === 'sigv4a' ? SECRET_PREFIX_V4A : SECRET_PREFIX;
  if (key.key === null) {
    return reveal ? [`${printf(shellQuote(prefix + secret))} | ${HEX_DUMP}`] : [`: "\${${SECRET_ENV}:?}"`, `${printf(`"${prefix}$${SECRET_ENV}"`)} | ${HEX_DUMP}`];
  }
  const prev = trace.stages[key.key] as KeyStage;
  // The hex-text mistake (openbullet#663) keys kRegion with kDate's hex as text; reproduce it as computed.
  const hexText = key.keyBytes !== null && toHex(key.keyBytes) !== toHex(prev.bytes);
  let opt: string;
  if (prev.key === null) opt = reveal ? shellQuote('key:AWS4' + secret) : `"key:AWS4$${SECRET_ENV}"`;
  else if (reveal) opt = (hexText ? 'key:' : 'hexkey:') + toHex(prev.bytes);
  else opt = `"${hexText ? 'key' : 'hexkey'}:$${prev.id}"`;
  const pipeline = `${printf(shellQuote(key.message.text))} | ${HMAC} ${opt} | ${LAST_WORD}`;
  return valueCommands(key.id, pipeline, reveal);
}

/** `printf` of the bytes whose hex a shell word holds (a literal, or a variable in double quotes). */
const bytesOfHexWord = (hexWord: string): string => `printf "$(printf '%s' ${hexWord} | ${HEX_TO_OCTAL})"`;

/** A byte as printf's three-digit octal escape. */
const octal = (byte: number): string => '\\' + byte.toString(8).padStart(3, '0');

/**
 * `printf` of SigV4a's fixed input for the counter that was accepted (sigv4a.md): 00000001 ‖ the
 * algorithm ‖ 00 ‖ the access key id ‖ the counter ‖ 00000100, the texts as `%s` arguments.
 */
function fixedInputPrintf(trace: Trace): string | null {
  const counter = trace.stages.privateKey?.attempts.at(-1)?.counter;
  if (counter === undefined) return null;
  const format = `\\000\\000\\000\\001%s\\000%s${octal(counter)}\\000\\000\\001\\000`;
  return `printf ${shellQuote(format)} ${shellQuote(ALGORITHM_V4A)} ${shellQuote(trace.options.credentials.accessKeyId)}`;
}

/** SigV4a's k0: HMAC-SHA256 keyed with `AWS4A` + secret over the fixed input's bytes. */
function k0Commands(trace: Trace, reveal: boolean): string[] {
  const input = fixedInputPrintf(trace);
  if (input === null || trace.stages.k0 === null) return [];
  const opt = reveal ? shellQuote(`key:${SECRET_PREFIX_V4A}${trace.options.credentials.secretAccessKey}`) : `"key:${SECRET_PREFIX_V4A}$${SECRET_ENV}"`;
  return valueCommands('k0', `${input} | ${HMAC} ${opt} | ${LAST_WORD}`, reveal);
}

/** SigV4a's private key d = k0 + 1. */
function privateKeyCommands(trace: Trace, reveal: boolean): string[] {
  const k0 = trace.stages.k0;
  if (k0 === null) return [];
  return valueCommands('privateKey', `printf '%s\\n' ${reveal ? k0.text : '"$k0"'} | ${PLUS_ONE}`, reveal);
}

/** SigV4a's public key d·G, `04` ‖ X ‖ Y: openssl derives it from the private key and writes it last in its SubjectPublicKeyInfo. */
function publicKeyCommands(trace: Trace, reveal: boolean): string[] {
  const d = trace.stages.privateKey;
  if (d === null) return [];
  const [before, after] = EC_PRIVATE_KEY_DER;
  const der = reveal ? before + d.text + after : `"${before}\${privateKey}${after}"`;
  return valueCommands('publicKey', `${bytesOfHexWord(der)} | openssl ec -inform DER -pubout -outform DER | tail -c 65 | ${reveal ? HEX_DUMP : HEX}`, reveal);
}

/** SigV4a's signature takes a random nonce, so it is verified, not recomputed: openssl prints `Verified OK`. */
function verifyCommands(trace: Trace, reveal: boolean): string[] {
  const publicKey = trace.stages.publicKey;
  if (publicKey === null) return [];
  const spki = reveal ? SPKI_DER_PREFIX + publicKey.text : `"${SPKI_DER_PREFIX}$publicKey"`;
  return [
    `${bytesOfHexWord(spki)} > ${PUBLIC_KEY_FILE}`,
    `${bytesOfHexWord(trace.stages.signature.text)} > ${SIGNATURE_FILE}`,
    `${printf(shellQuote(trace.stages.stringToSign.text))} | openssl dgst -sha256 -verify ${PUBLIC_KEY_FILE} -keyform DER -signature ${SIGNATURE_FILE}`,
  ];
}

/** What every stage's commands are built from: the trace, the reveal state, and the canonical request as one shell word. */
interface Context {
  readonly trace: Trace;
  readonly reveal: boolean;
  readonly canonicalWord: string;
}

const NONE = (): string[] => [];
/** A key of the chain; none for SigV4a, whose trace has no kDate…kSigning. */
const key = (x: Context, id: StageId): string[] => {
  const stage = x.trace.stages[id] as KeyStage | null;
  return stage === null ? [] : keyCommands(x.trace, stage, x.reveal);
};

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
  derivationInput: ({ trace }) => {
    const input = fixedInputPrintf(trace);
    return input === null ? [] : [`${input} | ${HEX_DUMP}`];
  },
  k0: ({ trace, reveal }) => k0Commands(trace, reveal),
  privateKey: ({ trace, reveal }) => privateKeyCommands(trace, reveal),
  publicKey: ({ trace, reveal }) => publicKeyCommands(trace, reveal),
  signature: ({ trace, reveal }) => {
    const kSigning = trace.stages.kSigning;
    if (kSigning === null) return verifyCommands(trace, reveal);
    const signingKey = reveal ? `hexkey:${toHex(kSigning.bytes)}` : '"hexkey:$kSigning"';
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
