/**
 * "Debug a rejected request": what the server (or the client's debug log) said it expected. Three
 * shapes, told apart by their first character and markers: S3's XML, other services' message (raw,
 * in JSON, or in XML), and botocore/awscurl debug logs.
 */
import { parseJson, JsonSyntaxError, type JsonNode } from '../text/json';
import { parseDebugLog, looksLikeDebugLog } from './echo-debug';
import { hasServiceMarkers, parseServiceMessage, type EchoFields } from './echo-message';
import { parseS3Xml } from './echo-s3';
import { decodeJsonString } from './entities';
import { EchoError } from './errors';
import { mappedSlice } from './offset-map';
import type { Echo } from './types';
import { elementRange, elementText } from './xml-element';

const FIELDS = ['canonicalRequest', 'stringToSign', 'signatureProvided', 'accessKeyId', 'code'] as const;

/** The echo with only the fields it said (no keys holding undefined). */
function echo(kind: Echo['kind'], fields: EchoFields): Echo {
  const out: { -readonly [K in keyof Echo]?: Echo[K] } = { kind };
  for (const k of FIELDS) if (fields[k] !== undefined) out[k] = fields[k];
  return { ...out, kind };
}

/** Where the body starts: after blank space and an HTTP response head (`HTTP/1.1 403 …` up to the blank line). */
function bodyStart(text: string): number {
  let i = text.length - text.trimStart().length;
  if (text.startsWith('HTTP/', i)) {
    const blank = /\r?\n\r?\n/.exec(text.slice(i));
    if (blank) i += blank.index + blank[0].length;
    i += text.slice(i).length - text.slice(i).trimStart().length;
  }
  return i;
}

/** The error code of the boto3/CLI printout `An error occurred (SignatureDoesNotMatch) when calling …`. */
function printedCode(text: string): string | undefined {
  return /An error occurred \(([A-Za-z0-9.]+)\)/.exec(text)?.[1] ?? /^\s*([A-Z][A-Za-z]+Exception|SignatureDoesNotMatch)\b/.exec(text)?.[1];
}

function jsonEcho(input: string, from: number): Echo {
  let root: JsonNode;
  try {
    root = parseJson(input.slice(from));
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new EchoError(input, from + e.offset, e.reason === 'depth' ? 'json-depth' : 'json', e.found, e);
  }
  // REST-JSON services answer {"message": …} or {"Message": …}; some nest it under "Error".
  const objects = root.kind === 'object' ? [root, ...root.entries.filter((e) => /^error$/i.test(e.key)).map((e) => e.value)] : [];
  const strings = objects.flatMap((o) => (o.kind === 'object' ? o.entries : [])).filter((e) => e.value.kind === 'string');
  const message = strings.find((e) => /^message$/i.test(e.key));
  if (!message) throw new EchoError(input, from + (root.kind === 'object' ? root.start : 0), 'message', input.slice(from, from + 1));
  const msg = decodeJsonString(input, from + message.value.start, from + message.value.end);
  const type = strings.find((e) => e.key === '__type' || /^code$/i.test(e.key));
  const code = type?.value.kind === 'string' ? type.value.value.split('#').pop()!.split(':')[0] : undefined;
  return echo('service-message', { ...parseServiceMessage(msg, input), code });
}

/**
 * S3 answers with a root `<Error>` element; the query-protocol services (IAM, STS, EC2…) wrap theirs
 * in `<ErrorResponse>` or `<Response>` and put the echo in `<Message>`.
 */
function xmlEcho(input: string): Echo {
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<([A-Za-z][\w.-]*)/.exec(input)?.[1];
  const exact = ['StringToSign', 'StringToSignBytes', 'CanonicalRequest', 'CanonicalRequestBytes'].some((n) => elementRange(input, n));
  if (root === 'Error' || exact) return echo('s3-xml', parseS3Xml(input));
  const message = elementText(input, 'Message');
  const code = elementText(input, 'Code')?.text.trim();
  return echo('service-message', { ...(message ? parseServiceMessage(message, input) : {}), code });
}

/** Parses a server echo or debug log; throws EchoError naming the line and column of what is malformed. */
export function parseEcho(text: string): Echo {
  if (looksLikeDebugLog(text)) return echo('aws-debug', parseDebugLog(text));
  const from = bodyStart(text);
  const c = text[from];
  if (c === '<' && /<(?:Error|Code|Message)\b/.test(text)) return xmlEcho(text);
  if (c === '{') return jsonEcho(text, from);
  if (hasServiceMarkers(text)) {
    const msg = mappedSlice(text, from, text.length);
    return echo('service-message', { ...parseServiceMessage(msg, text), code: printedCode(text) });
  }
  throw new EchoError(text, from, 'echo', text.slice(from, from + 20));
}
