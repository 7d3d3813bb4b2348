/**
 * The signed request as a curl command (curl(1) manual): one `-H` per header as it was signed,
 * `--data-binary` for the body, `-X` only when curl's own choice of method would differ. In query
 * mode the URL is the presigned URL. The command carries the signature (and a session token, if
 * any): it is as secret as the request until the signature expires.
 */
import { fieldValue, headerValue, parseRequest, type HeaderField, type RequestModel, type Trace } from '../sigv4';
import { shellQuote, shellWord } from './shell-quote';

/**
 * A header line for `-H`, written `Name: value`: the leading whitespace of a value is not signed
 * (canonical values are trimmed). curl drops a header given as `Name:`, so an empty value is `Name;`.
 */
function headerArg(name: string, value: string): string {
  return value.trim() === '' ? `${name};` : `${name}: ${value.replace(/^[ \t]+/, '')}`;
}

/** A field's value as written, continuation lines joined. */
const fieldText = (h: HeaderField): string => fieldValue(h).text;

/** The URL the request goes to: the presigned URL, or the signed request's target made absolute. */
function urlOf(trace: Trace, signed: RequestModel): string {
  if (trace.stages.presignedUrl) return trace.stages.presignedUrl.text;
  if (signed.authority) return signed.target.text;
  return `https://${headerValue(signed, 'host') ?? ''}${signed.target.text}`;
}

/** The method curl picks by itself: GET, or POST when there is a body. */
const curlDefault = (hasBody: boolean) => (hasBody ? 'POST' : 'GET');

/** The signed request (header mode) or presigned URL (query mode) as a POSIX-shell curl command. */
export function curlCommand(trace: Trace): string {
  const signed = parseRequest(trace.stages.signedRequest.text);
  const url = urlOf(trace, signed);
  const body = signed.body.text;
  const method = signed.method.text;
  const args: string[] = [];
  if (method === 'HEAD' && body === '') args.push('--head');
  else if (method !== curlDefault(body !== '')) args.push('-X ' + shellWord(method));
  // curl would remove `.`/`..` segments and expand `[]{}` globs; the URL must reach the server as signed.
  if (/(^|\/)\.\.?(\/|$)/.test(signed.path.text)) args.push('--path-as-is');
  if (/[[\]{}]/.test(url)) args.push('--globoff');
  args.push(shellQuote(url));
  const urlHost = /^[a-z]+:\/\/([^/?#]*)/i.exec(url)?.[1]?.toLowerCase();
  for (const h of signed.headers) {
    const name = h.name.text;
    const value = fieldText(h);
    // curl sends Host from the URL; the header is only needed when it says something else.
    if (name.toLowerCase() === 'host' && value.trim().toLowerCase() === urlHost) continue;
    args.push('-H ' + shellQuote(headerArg(name, value)));
  }
  // `--data-binary @file` reads a file; a body that starts with `@` is sent with --data-raw instead.
  if (body !== '') args.push((body.startsWith('@') ? '--data-raw ' : '--data-binary ') + shellQuote(body));
  return 'curl ' + args.join(' \\\n  ');
}
