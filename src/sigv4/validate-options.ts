/** Checks signing options before any stage is computed; a bad one is a SigV4Error naming the field. */
import { MAX_EXPIRES_SECONDS } from './constants';
import { SigV4Error, type Expectation } from './errors';
import type { SigningOptions } from './options';
import { isAmzDate } from './time';
import { codePointName, controlCharAt } from '../text/control-chars';

function bad(field: string, expected: Expectation, found: unknown): never {
  throw new SigV4Error({ source: 'options', field, expected, found: typeof found === 'string' ? found : String(found) });
}

/** Throws SigV4Error when an option cannot be signed with; the secret is checked only when `needSecret`. */
export function validateOptions(o: SigningOptions, needSecret: boolean): void {
  const token = o.credentials.sessionToken;
  if (typeof o.credentials.accessKeyId !== 'string' || o.credentials.accessKeyId === '') bad('accessKeyId', 'non-empty-string', o.credentials.accessKeyId);
  if (needSecret && (typeof o.credentials.secretAccessKey !== 'string' || o.credentials.secretAccessKey === '')) bad('secretAccessKey', 'non-empty-string', '');
  if (typeof o.region !== 'string' || o.region === '') bad('region', 'non-empty-string', o.region);
  if (typeof o.service !== 'string' || o.service === '') bad('service', 'non-empty-string', o.service);
  if (typeof o.signingTime !== 'string' || !isAmzDate(o.signingTime)) bad('signingTime', 'timestamp', o.signingTime);
  // Every value that ends up in a header or the string to sign: a control character would end the
  // header or forge another one. Secrets are never echoed back: only the character is named.
  const lines: [string, string | undefined, boolean][] = [
    ['accessKeyId', o.credentials.accessKeyId, false], ['sessionToken', token, true], ['region', o.region, false],
    ['service', o.service, false], ['payloadHash', o.payloadHash, false],
  ];
  for (const [field, value, secret] of lines) {
    const at = value === undefined ? -1 : controlCharAt(value);
    if (at >= 0) bad(field, 'no-control-chars', secret ? codePointName(value!, at) : value);
  }
  if (/[/,]/.test(o.credentials.accessKeyId)) bad('accessKeyId', 'access-key-chars', o.credentials.accessKeyId);
  if (o.region.includes('/')) bad('region', 'scope-part-chars', o.region);
  if (o.service.includes('/')) bad('service', 'scope-part-chars', o.service);
  if (o.mode !== 'header' && o.mode !== 'query') bad('mode', 'mode', o.mode);
  if (o.algorithm !== undefined && o.algorithm !== 'sigv4' && o.algorithm !== 'sigv4a') bad('algorithm', 'algorithm', o.algorithm);
  // SigV4a signs with a curve the caller hands in (options.ts); its canonical request needs none.
  if (needSecret && o.algorithm === 'sigv4a' && o.curve === undefined) bad('curve', 'ecdsa-curve', '');
  if (o.mode === 'query' && !(Number.isInteger(o.expiresIn) && o.expiresIn >= 1 && o.expiresIn <= MAX_EXPIRES_SECONDS)) {
    bad('expiresIn', 'expires-seconds', o.expiresIn);
  }
}
