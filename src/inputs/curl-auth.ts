/** curl's authentication options: `-u KEY:SECRET` and `--aws-sigv4 provider1[:provider2[:region[:service]]]`. */
import { percentDecodeText } from '../sigv4';
import type { Arg } from './curl-args';
import { ImportError } from './errors';
import type { MappedText } from './offset-map';
import type { ImportedCredentials, ImportedScope } from './types';

/**
 * `-u user:password`, split at the first colon as curl does, so a colon inside the secret stays
 * in it. Without a colon curl would prompt for the password, which a paste cannot answer.
 */
export function parseUser(input: string, arg: Arg): ImportedCredentials {
  const t = arg.value.text;
  const colon = t.indexOf(':');
  if (colon < 0) throw new ImportError('curl', input, arg.value.ends[t.length - 1] ?? arg.at, 'user-format', '');
  if (colon === 0) throw new ImportError('curl', input, arg.at, 'user-format', ':');
  return { accessKeyId: t.slice(0, colon), secretAccessKey: t.slice(colon + 1) };
}

/** Credentials in a URL's userinfo (`https://KEY:SECRET@host/`), percent-decoded; curl uses them like -u. */
export function userinfoCredentials(userinfo: MappedText): ImportedCredentials | undefined {
  const colon = userinfo.text.indexOf(':');
  if (colon <= 0) return undefined;
  // RFC 3986 userinfo: percent-decoded, and a + is a plus (only a query is form-decoded).
  return { accessKeyId: percentDecodeText(userinfo.text.slice(0, colon), 'plus'), secretAccessKey: percentDecodeText(userinfo.text.slice(colon + 1), 'plus') };
}

/**
 * curl(1) --aws-sigv4: one to four colon-separated parts, none empty. Region and service, when
 * left out, are guessed from the host name by curl; inferScope does that here.
 */
export function parseAwsSigv4(input: string, arg: Arg): ImportedScope {
  const v = arg.value;
  const parts = v.text.split(':');
  let offset = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p === '' || k >= 4) {
      const at = offset < v.text.length ? v.starts[offset]! : (v.ends[v.text.length - 1] ?? arg.at);
      throw new ImportError('curl', input, k >= 4 ? v.starts[offset - 1]! : at, 'aws-sigv4-format', k >= 4 ? v.text.slice(offset - 1) : v.text.slice(offset, offset + 1));
    }
    offset += p.length + 1;
  }
  const [, , region, service] = parts;
  return { ...(region ? { region } : {}), ...(service ? { service } : {}) };
}
