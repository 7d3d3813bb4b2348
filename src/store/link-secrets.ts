/**
 * What a link may carry of the lab's request. Secrets never reach the address bar or an unticked
 * share link, wherever they sit in the request text (curl's `-u KEY:SECRET`, a URL's userinfo,
 * Authorization and X-Amz-Security-Token headers, a presigned URL's token and credential): they are
 * cut out. And a link that brings credentials is held until the user accepts them. Pure.
 */
import { importRequest, type InputRange } from '../inputs';
import type { LabInputs } from './lab-compute';

/** Lines that may hold a secret, for text the importers cannot read (half-typed, say). */
const SECRET_LINE = /authorization|security-token|x-amz-credential|(?:^|\s)(?:-u|--user)\b|:\/\/[^\s/@]*:[^\s/@]*@/i;

function cut(text: string, ranges: readonly InputRange[]): string {
  let out = '';
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    out += text.slice(at, r.start);
    at = r.end;
  }
  return out + text.slice(at);
}

/** The request text with every secret and credential value removed (their names stay, so the request still reads). */
export function redactRequestSecrets(text: string): string {
  try {
    const imp = importRequest(text);
    return imp.kind === 'empty' ? text : cut(text, imp.secrets);
  } catch {
    // Text the importers cannot read: leave out every line that could hold a secret.
    return text
      .split('\n')
      .filter((line) => !SECRET_LINE.test(line))
      .join('\n');
  }
}

/** Credentials a link brings: its secret key and token fields, or a secret inside its request text. */
export interface LinkCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

/** The credentials a link's lab state would set, or null when it sets no secret. */
export function linkCredentialsOf(lab: Partial<LabInputs> | undefined): LinkCredentials | null {
  if (!lab) return null;
  const text = lab.requestText;
  let fromRequest: { accessKeyId: string; secretAccessKey: string } | undefined;
  let inRequest = false;
  if (text) {
    try {
      const imp = importRequest(text);
      if (imp.kind !== 'empty') {
        fromRequest = imp.credentials;
        inRequest = imp.secrets.length > 0;
      }
    } catch {
      inRequest = redactRequestSecrets(text) !== text;
    }
  }
  const secretAccessKey = lab.secretAccessKey || fromRequest?.secretAccessKey || '';
  const sessionToken = lab.sessionToken ?? '';
  if (secretAccessKey === '' && sessionToken === '' && !inRequest) return null;
  return { accessKeyId: lab.accessKeyId || fromRequest?.accessKeyId || '', secretAccessKey, sessionToken };
}
