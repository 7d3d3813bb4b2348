/**
 * Reads a signing context in the vectors' context.json format (../shared/vectors/README.md),
 * extensions included, into SigningOptions. Every problem names the field and its line:column.
 */
import { SigV4Error, type Expectation } from './errors';
import type { Algorithm, Credentials, EcdsaCurve, SigningMode, SigningOptions } from './options';
import { parseSigningTime } from './time';
import { lineColumnAt } from '../text/line-column';
import { JsonSyntaxError, parseJson, type JsonNode } from '../text/json';
import { DEFAULT_EXPIRES_SECONDS, MAX_EXPIRES_SECONDS } from './constants';
import { codePointName, controlCharAt } from '../text/control-chars';

/** The fields of the vectors' context.json and this project's extensions (vectors README). */
const ROOT_FIELDS = new Set(['credentials', 'region', 'service', 'timestamp', 'expiration_in_seconds', 'normalize', 'sign_body', 'omit_session_token', 'double_uri_encode', 'payload_hash']);
const CREDENTIAL_FIELDS = new Set(['access_key_id', 'secret_access_key', 'token']);
/** Fields whose value is never shown in a message. */
const SECRET_FIELDS = new Set(['credentials.secret_access_key', 'credentials.token']);

type Obj = Extract<JsonNode, { kind: 'object' }>;

/**
 * Parses context.json text for a signing mode; throws SigV4Error with source 'context'. For SigV4a
 * (`sigv4a` and its curve) `region` is read as the region set.
 */
export function readSigningContext(jsonText: string, mode: SigningMode, sigv4a?: { readonly algorithm: Extract<Algorithm, 'sigv4a'>; readonly curve: EcdsaCurve }): SigningOptions {
  const options = readContext(jsonText, mode, false);
  return sigv4a ? { ...options, ...sigv4a } : options;
}

/**
 * Reads only the credentials of a context.json, for verifying a signed request: its scope, time and
 * mode come from the request itself, so the other fields may be absent.
 */
export function readVerifyCredentials(jsonText: string): Credentials {
  return readContext(jsonText, 'header', true).credentials;
}

/** The path rules a context.json states (`normalize`, `double_uri_encode`), for a verifier to use over the service's own. */
export type PathRules = Partial<Pick<SigningOptions, 'normalizePath' | 'doubleUriEncode'>>;

/** The credentials of a context.json and the path rules it states, for verifying a signed request. */
export function readVerifyContext(jsonText: string): { readonly credentials: Credentials; readonly rules: PathRules } {
  return readContext(jsonText, 'header', true);
}

function readContext(jsonText: string, mode: SigningMode, credentialsOnly: true): { credentials: Credentials; rules: PathRules };
function readContext(jsonText: string, mode: SigningMode, credentialsOnly: false): SigningOptions;
function readContext(jsonText: string, mode: SigningMode, credentialsOnly: boolean): SigningOptions | { credentials: Credentials; rules: PathRules } {
  const fail = (offset: number, expected: Expectation, found: string, field?: string): never => {
    const { line, column } = lineColumnAt(jsonText, offset);
    throw new SigV4Error({ source: 'context', expected, found, line, column, offset, ...(field ? { field } : {}) });
  };
  let root: JsonNode;
  try {
    root = parseJson(jsonText);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return fail(e.offset, e.reason === 'depth' ? 'json-depth' : 'json', e.found);
    throw e;
  }
  if (root.kind !== 'object') return fail(root.start, 'object', jsonText.slice(root.start, root.end));
  const member = (o: Obj, key: string): JsonNode | undefined => o.entries.find((e) => e.key === key)?.value;
  const shown = (n: JsonNode, field?: string): string =>
    field !== undefined && SECRET_FIELDS.has(field) ? '' : n.kind === 'string' ? n.value : jsonText.slice(n.start, n.end);
  /** Unknown and repeated fields are mistakes (a typo would otherwise be silently ignored). */
  const known = (o: Obj, allowed: ReadonlySet<string>, prefix: string): void => {
    const seen = new Set<string>();
    for (const e of o.entries) {
      if (!allowed.has(e.key)) fail(e.keyStart, 'known-field', e.key, prefix + e.key);
      if (seen.has(e.key)) fail(e.keyStart, 'unique-field', e.key, prefix + e.key);
      seen.add(e.key);
    }
  };
  const missingAt = (o: Obj): number => o.end - 1;
  const str = (o: Obj, key: string, field: string, required: boolean): string | undefined => {
    const n = member(o, key);
    if (n === undefined) return required ? fail(missingAt(o), 'non-empty-string', '', field) : undefined;
    if (n.kind !== 'string' || (required && n.value === '')) return fail(n.start, 'non-empty-string', shown(n, field), field);
    // Every value here ends up in a header or the string to sign, or keys an HMAC: no line breaks or controls.
    const at = controlCharAt(n.value);
    if (at >= 0) return fail(n.start, 'no-control-chars', SECRET_FIELDS.has(field) ? codePointName(n.value, at) : n.value, field);
    return n.value;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const n = member(root, key);
    if (n === undefined) return fallback;
    if (n.kind !== 'boolean') return fail(n.start, 'boolean', shown(n), key);
    return n.value;
  };
  known(root, ROOT_FIELDS, '');
  const credsNode = member(root, 'credentials');
  if (credsNode === undefined) return fail(missingAt(root), 'credentials', '', 'credentials');
  if (credsNode.kind !== 'object') return fail(credsNode.start, 'credentials', shown(credsNode), 'credentials');
  known(credsNode, CREDENTIAL_FIELDS, 'credentials.');
  const accessKeyId = str(credsNode, 'access_key_id', 'credentials.access_key_id', true)!;
  if (/[/,]/.test(accessKeyId)) fail(member(credsNode, 'access_key_id')!.start, 'access-key-chars', accessKeyId, 'credentials.access_key_id');
  const secretAccessKey = str(credsNode, 'secret_access_key', 'credentials.secret_access_key', true)!;
  const token = str(credsNode, 'token', 'credentials.token', false);
  const credentials: Credentials = { accessKeyId, secretAccessKey, ...(token ? { sessionToken: token } : {}) };
  if (credentialsOnly) {
    const stated = (key: string): boolean | undefined => (member(root, key) === undefined ? undefined : bool(key, false));
    const [normalizePath, doubleUriEncode] = [stated('normalize'), stated('double_uri_encode')];
    return { credentials, rules: { ...(normalizePath !== undefined ? { normalizePath } : {}), ...(doubleUriEncode !== undefined ? { doubleUriEncode } : {}) } };
  }
  const region = str(root, 'region', 'region', true)!;
  const service = str(root, 'service', 'service', true)!;
  if (region.includes('/')) fail(member(root, 'region')!.start, 'scope-part-chars', region, 'region');
  if (service.includes('/')) fail(member(root, 'service')!.start, 'scope-part-chars', service, 'service');
  const tsNode = member(root, 'timestamp');
  if (tsNode === undefined) return fail(missingAt(root), 'timestamp', '', 'timestamp');
  const signingTime = tsNode.kind === 'string' ? parseSigningTime(tsNode.value) : null;
  if (signingTime === null) return fail(tsNode.start, 'timestamp', shown(tsNode), 'timestamp');
  const expNode = member(root, 'expiration_in_seconds');
  let expiresIn = DEFAULT_EXPIRES_SECONDS;
  if (expNode !== undefined) {
    const ok = expNode.kind === 'number' && Number.isInteger(expNode.value) && expNode.value >= 1 && expNode.value <= MAX_EXPIRES_SECONDS;
    if (!ok) return fail(expNode.start, 'expires-seconds', shown(expNode), 'expiration_in_seconds');
    expiresIn = expNode.value;
  } else if (mode === 'query') {
    return fail(missingAt(root), 'expires-seconds', '', 'expiration_in_seconds');
  }
  const payloadHash = str(root, 'payload_hash', 'payload_hash', false);
  return {
    credentials,
    region,
    service,
    signingTime,
    mode,
    expiresIn,
    doubleUriEncode: bool('double_uri_encode', true),
    normalizePath: bool('normalize', true),
    signBody: bool('sign_body', false),
    ...(payloadHash !== undefined ? { payloadHash } : {}),
    omitSessionToken: bool('omit_session_token', false),
    skipNeverSignedHeaders: false,
  };
}
