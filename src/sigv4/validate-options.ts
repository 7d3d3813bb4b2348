/** Checks signing options before any stage is computed; a bad one is a SigV4Error naming the field. */
import { MAX_EXPIRES_SECONDS } from './constants';
import { SigV4Error, type Expectation } from './errors';
import type { SigningOptions } from './options';
import { parseSigningTime } from './time';

function bad(field: string, expected: Expectation, found: unknown): never {
  throw new SigV4Error({ source: 'options', field, expected, found: typeof found === 'string' ? found : String(found) });
}

/** Throws SigV4Error when an option cannot be signed with; the secret is checked only when `needSecret`. */
export function validateOptions(o: SigningOptions, needSecret: boolean): void {
  if (typeof o.credentials.accessKeyId !== 'string' || o.credentials.accessKeyId === '') bad('accessKeyId', 'non-empty-string', o.credentials.accessKeyId);
  if (needSecret && (typeof o.credentials.secretAccessKey !== 'string' || o.credentials.secretAccessKey === '')) bad('secretAccessKey', 'non-empty-string', '');
  if (typeof o.region !== 'string' || o.region === '') bad('region', 'non-empty-string', o.region);
  if (typeof o.service !== 'string' || o.service === '') bad('service', 'non-empty-string', o.service);
  if (typeof o.signingTime !== 'string' || parseSigningTime(o.signingTime) !== o.signingTime) bad('signingTime', 'timestamp', o.signingTime);
  // A token travels as a header value or query parameter: a line break cannot be sent in a header.
  const token = o.credentials.sessionToken;
  if (token !== undefined && /[\r\n]/.test(token)) bad('sessionToken', 'single-line', token);
  if (/[\r\n]/.test(o.credentials.accessKeyId)) bad('accessKeyId', 'single-line', o.credentials.accessKeyId);
  if (o.mode !== 'header' && o.mode !== 'query') bad('mode', 'mode', o.mode);
  if (o.mode === 'query' && !(Number.isInteger(o.expiresIn) && o.expiresIn >= 1 && o.expiresIn <= MAX_EXPIRES_SECONDS)) {
    bad('expiresIn', 'expires-seconds', o.expiresIn);
  }
}
