/**
 * A curl command → the raw HTTP/1.1 request curl would send, with every part mapped back to the
 * command, and which of its headers curl leaves unsigned. `--aws-sigv4` signs host, x-amz-date,
 * x-amz-content-sha256 (S3) and the -H list (lib/http_aws_sigv4.c): --json's Content-Type and Accept
 * go into that list (src/tool_operate.c), while the Content-Type -d implies, Accept: *\/*, -A, -e and
 * -b are added by libcurl unsigned. Two lines curl sends are left out: `User-Agent: curl/<version>`
 * (the version is unknowable) and `Content-Length` (implied by the body); neither is signed.
 */
import { parseAwsSigv4, parseUser, userinfoCredentials } from './curl-auth';
import { parseCurlArgs } from './curl-args';
import { headerEffect, joinedData, urlQueryPieces } from './curl-data';
import { cmdWords, looksLikeCmd } from './cmd-words';
import { encodeBytesEscaped, hasEscapedBytes } from '../text/byte-escape';
import { ImportError } from './errors';
import type { Importer } from './importer';
import { afterSeparator, MapBuilder, type MappedText, type OffsetMap } from './offset-map';
import { shellWords } from './shell-words';
import { parseSynthesized } from './synthesized';
import type { ImportedCredentials, ImportedScope } from './types';
import { hostHeaderValue, removeDotSegments, splitUrl } from './url-parts';

/** The synthesized request of a curl command and what else the command said. */
export interface CurlSynthesis {
  readonly text: string;
  readonly map: OffsetMap;
  readonly credentials?: ImportedCredentials;
  readonly scope?: ImportedScope;
  /** Lower-case names of the headers curl adds itself, which --aws-sigv4 does not sign. */
  readonly clientHeaders: readonly string[];
  /** Input ranges of the secret of `-u KEY:SECRET` or of the URL's userinfo. */
  readonly secrets: readonly { start: number; end: number }[];
}

/** Where the command starts: after blank space and a `$ ` prompt copied from documentation. */
export function commandStart(input: string): number {
  const m = /^\s*(?:\$\s+)?/.exec(input)!;
  return m[0].length;
}

/** Builds the request a curl command sends; throws ImportError at the part of the command that is wrong. */
export function synthesizeCurl(input: string): CurlSynthesis {
  const from = commandStart(input);
  const words = looksLikeCmd(input) ? cmdWords(input, from) : shellWords(input, from);
  const cmd = parseCurlArgs(input, words);
  const [urlArg, second] = cmd.urls;
  if (!urlArg) throw new ImportError('curl', input, cmd.end, 'url', '');
  if (second) throw new ImportError('curl', input, second.at, 'one-url', second.value.text);
  const url = splitUrl(urlArg.value, input, 'curl', urlArg.at);
  const data = joinedData(input, cmd);
  const effects = cmd.headers.map((h) => headerEffect(input, h));
  const custom = (name: string): boolean => effects.some((e) => e.name.toLowerCase() === name);
  if (cmd.head && data && !cmd.get) throw new ImportError('curl', input, cmd.head.flagAt, 'one-method', cmd.head.flag);
  const body = data && !cmd.get ? data : null;

  const b = new MapBuilder();
  if (cmd.method) b.mapped(cmd.method.value);
  else b.synth(cmd.head ? 'HEAD' : body ? 'POST' : 'GET');
  b.synth(' ');
  if (cmd.requestTarget) b.mapped(cmd.requestTarget.value);
  else {
    const path = cmd.pathAsIs ? url.path : removeDotSegments(url.path);
    if (path.text === '') b.synth('/');
    else b.mapped(path);
    // -G appends the data to the query with `?` or `&` (curl(1) "-G, --get"), then --url-query pieces.
    const extra: MappedText[] = [...(data && cmd.get ? [data] : []), ...urlQueryPieces(input, cmd)];
    if (url.query || extra.length > 0) {
      b.synth('?');
      let sep = url.query !== null && url.query.text !== '';
      if (url.query) b.mapped(url.query);
      for (const e of extra) {
        if (sep) b.synth('&');
        b.mapped(e);
        sep = true;
      }
    }
  }
  b.synth(' HTTP/1.1\n');

  const clientHeaders: string[] = [];
  const line = (name: string, value: MappedText): void => {
    b.synth(name + ': ').mapped(value).synth('\n');
    clientHeaders.push(name.toLowerCase());
  };
  const synthLine = (name: string, value: string): void => {
    b.synth(`${name}: ${value}\n`);
    clientHeaders.push(name.toLowerCase());
  };
  // A custom Host replaces curl's own in the same place; `-H 'Host:'` removes it.
  const hostEffect = effects.find((e) => e.name.toLowerCase() === 'host');
  if (hostEffect?.kind === 'send') b.mapped(hostEffect.line).synth('\n');
  // curl's own Host is signed too: --aws-sigv4 computes it from the URL.
  else if (!hostEffect) b.synth('Host: ').mapped(hostHeaderValue(url)).synth('\n');
  if (cmd.userAgent && !custom('user-agent')) line('User-Agent', cmd.userAgent.value);
  if (cmd.referer && !custom('referer')) line('Referer', cmd.referer.value);
  // -b without `=` names a cookie file to read, which a browser cannot: no Cookie header then.
  if (cmd.cookie && cmd.cookie.value.text.includes('=') && !custom('cookie')) line('Cookie', cmd.cookie.value);
  const json = cmd.data.some((d) => d.kind === 'json');
  if (!json && !custom('accept')) synthLine('Accept', '*/*');
  for (const e of effects) if (e.kind === 'send' && e !== hostEffect) b.mapped(e.line).synth('\n');
  // --json appends its two headers to the -H list, so they are signed.
  if (json && !custom('content-type')) b.synth('Content-Type: application/json\n');
  if (json && !custom('accept')) b.synth('Accept: application/json\n');
  // curl(1) -d: "sends the data … using the content-type application/x-www-form-urlencoded".
  if (body && !json && !custom('content-type')) synthLine('Content-Type', 'application/x-www-form-urlencoded');
  if (body && body.text !== '') b.synth('\n').mapped(body);

  const built = b.build();
  const credentials = cmd.user ? parseUser(input, cmd.user) : url.userinfo ? userinfoCredentials(url.userinfo) : undefined;
  const scope = cmd.awsSigv4 ? parseAwsSigv4(input, cmd.awsSigv4) : undefined;
  const secret = cmd.user ? afterSeparator(cmd.user.value, ':') : url.userinfo ? afterSeparator(url.userinfo, ':') : null;
  const secrets = secret ? [secret] : [];
  return { ...built, clientHeaders, secrets, ...(credentials ? { credentials } : {}), ...(scope ? { scope } : {}) };
}

/** A curl command, by its first word (after a `$ ` prompt, with or without a path or `.exe`). */
const CURL = /^(?:\$\s+)?(?:\S*[/\\])?curl(?:\.exe)?(?:\s|$)/i;

/** A curl command line, as bash or cmd.exe reads it. */
export const CURL_IMPORTER: Importer<'curl'> = {
  kind: 'curl',
  detect: (trimmed) => CURL.test(trimmed),
  import: (text) => {
    const s = synthesizeCurl(text);
    const parsed = parseSynthesized(text, 'curl', s.text, s.map);
    // `$'\xff'` in the data is a byte: the body is sent as the bytes the shell would pass to curl.
    const request = hasEscapedBytes(parsed.body.text) ? { ...parsed, bodyBytes: encodeBytesEscaped(parsed.body.text) } : parsed;
    return {
      httpText: s.text, request, map: s.map, secrets: s.secrets, clientHeaders: s.clientHeaders,
      ...(s.credentials ? { credentials: s.credentials } : {}),
      ...(s.scope ? { scope: s.scope } : {}),
    };
  },
  // --aws-sigv4 signs every header of the request but the ones curl adds on its own.
  signs: (draft) => (name) => !draft.clientHeaders.includes(name),
};
