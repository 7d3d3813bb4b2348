/**
 * Real client 2: `aws4` (mhart/aws4), the most used standalone Node signer. It takes the path with
 * the query exactly as typed (it form-decodes it itself) and re-serialises the query it sends.
 * Its clock is fixed the way aws4 reads it: an `X-Amz-Date` header (header mode) or query
 * parameter (presigned), which it then keeps. In-process, so always available.
 */
import aws4 from 'aws4';
import { ACCESS_KEY_ID, amzDate, bodyBytes, CASES, DEFAULT_EXPIRES, SECRET_ACCESS_KEY, SESSION_TOKEN, timeOf, type Case } from './cases';
import { clientSuite, type ClientResult } from './harness';
import { headerBag } from './smithy-client';
import { signatureOf, wirePath, type Sent } from './wire';

/** aws4 has no way to leave a session token out of the signature. */
const CASES_AWS4 = CASES.filter((c) => c.token !== 'appended');

function aws4Sign(c: Case): ClientResult {
  const date = amzDate(timeOf(c));
  const extra = c.mode === 'query' ? [`X-Amz-Date=${date}`, `X-Amz-Expires=${c.expires ?? DEFAULT_EXPIRES}`] : [];
  const query = [...(c.query !== undefined && c.query !== '' ? [c.query] : []), ...extra].join('&');
  // One value per header name (a plain object): repeats are joined first, as HTTP allows.
  const headers: Record<string, string> = { ...headerBag(c.headers ?? []) };
  if (c.mode === 'header') headers['X-Amz-Date'] = date;
  const body = Buffer.from(bodyBytes(c));
  const request: aws4.Request = {
    service: c.service,
    region: c.region,
    method: c.method,
    hostname: c.host,
    ...(c.port !== undefined ? { port: c.port } : {}),
    path: query === '' ? wirePath(c) : `${wirePath(c)}?${query}`,
    headers,
    ...(body.length > 0 ? { body } : {}),
    signQuery: c.mode === 'query',
  };
  const credentials = { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY, ...(c.token ? { sessionToken: SESSION_TOKEN } : {}) };
  const typedPath = request.path!;
  const signer = new aws4.RequestSigner(request, credentials);
  // Read the stages before sign(): in query mode sign() adds X-Amz-Signature to the query it canonicalises.
  const canonicalRequest = signer.canonicalString();
  const stringToSign = signer.stringToSign();
  const signed = signer.sign();
  const sentHeaders = Object.entries(signed.headers ?? {}).map(([n, v]): [string, string] => [n, String(v)]);
  const host = sentHeaders.find(([n]) => n.toLowerCase() === 'host')?.[1] ?? c.host;
  const sent: Sent = { method: c.method, url: `https://${host}${signed.path ?? '/'}`, headers: sentHeaders, body };
  // The typed request also carries the sent headers: aws4 adds them, it does not rewrite them.
  const typed: Sent = { ...sent, url: `https://${host}${typedPath}` };
  return { sent, signature: signatureOf(sent), canonicalRequest, stringToSign, typed };
}

async function signAll(cases: readonly Case[]): Promise<ReadonlyMap<string, ClientResult>> {
  return Promise.resolve(new Map(cases.map((c) => [c.id, aws4Sign(c)])));
}

clientSuite({ client: 'aws4', cases: CASES_AWS4, signAll, negative: 's3-put-metadata', typed: true });
