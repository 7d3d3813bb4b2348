/**
 * Amazon S3's answers at the other end of the signed call (credential-flow.md, "Where they go, at
 * the other end"): the ListObjectsV2 result and S3's XML errors, with the headers S3 sends
 * (x-amz-request-id, x-amz-id-2). S3 sends its XML on one line after the declaration; here each
 * element has a line of its own so the panel can be read, the bytes otherwise as S3 words them.
 */
import { httpDate } from './clock';
import { base64, rngFor, type Seed } from './rng';
import { xmlText } from './sts-messages';

/** The S3 API's XML namespace (ListBucketResult and the other result documents). */
export const S3_NAMESPACE = 'http://s3.amazonaws.com/doc/2006-03-01/';

/** S3's request ids: x-amz-request-id (16 upper-case hex digits) and x-amz-id-2 (base64, 76 characters). */
export interface S3Ids {
  readonly requestId: string;
  readonly hostId: string;
}

/** Seeded S3 request ids, one pair per label. */
export function s3Ids(seed: Seed, label: string): S3Ids {
  const rng = rngFor(seed, `s3-ids ${label}`);
  return { requestId: rng.chars('0123456789ABCDEF', 16), hostId: base64(rng.bytes(56)) };
}

/** An S3 error, as its XML words it: the code, the message, and the elements some codes add. */
export interface S3Error {
  /** The HTTP status and its reason phrase, e.g. `403 Forbidden`. */
  readonly status: string;
  readonly code: string;
  readonly message: string;
  /** Elements after Message, in order (RequestTimeTooSkewed's RequestTime, ServerTime…). */
  readonly extra?: readonly (readonly [string, string])[] | undefined;
}

/** S3's error messages, word for word (Amazon S3 API reference, "Error responses"). */
export const S3_ERRORS = {
  signature: {
    status: '403 Forbidden',
    code: 'SignatureDoesNotMatch',
    message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  },
  skewed: { status: '403 Forbidden', code: 'RequestTimeTooSkewed', message: 'The difference between the request time and the current time is too large.' },
  expired: { status: '400 Bad Request', code: 'ExpiredToken', message: 'The provided token has expired.' },
  invalidToken: { status: '400 Bad Request', code: 'InvalidToken', message: 'The provided token is malformed or otherwise invalid.' },
  unknownKey: { status: '403 Forbidden', code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.' },
} as const satisfies Readonly<Record<string, S3Error>>;

const head = (status: string, ids: S3Ids, date: Date, extra = ''): string =>
  `HTTP/1.1 ${status}\nx-amz-id-2: ${ids.hostId}\nx-amz-request-id: ${ids.requestId}\nDate: ${httpDate(date)}\n${extra}Content-Type: application/xml\nTransfer-Encoding: chunked\nServer: AmazonS3\n\n`;

/** An S3 error response: status line, headers, and the Error document (Code, Message, …, RequestId, HostId). */
export function s3ErrorResponse(error: S3Error, ids: S3Ids, date: Date): string {
  const extra = (error.extra ?? []).map(([k, v]) => `  <${k}>${xmlText(v)}</${k}>\n`).join('');
  return (
    head(error.status, ids, date) +
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>${error.code}</Code>\n  <Message>${xmlText(error.message)}</Message>\n${extra}` +
    `  <RequestId>${ids.requestId}</RequestId>\n  <HostId>${ids.hostId}</HostId>\n</Error>\n`
  );
}

/** One object of a listing. */
export interface S3Object {
  readonly key: string;
  /** `YYYY-MM-DDTHH:MM:SS.000Z`, as S3 writes LastModified. */
  readonly lastModified: string;
  /** The ETag, without its quotes (S3 quotes it: `&quot;…&quot;`). */
  readonly etag: string;
  readonly size: number;
}

/** ListObjectsV2's answer (`GET /?list-type=2`): ListBucketResult with Name, Prefix, KeyCount, MaxKeys, IsTruncated and one Contents per object. */
export function listBucketResponse(bucket: string, objects: readonly S3Object[], ids: S3Ids, date: Date, region: string): string {
  const contents = objects
    .map(
      (o) =>
        `  <Contents>\n    <Key>${xmlText(o.key)}</Key>\n    <LastModified>${o.lastModified}</LastModified>\n` +
        `    <ETag>&quot;${o.etag}&quot;</ETag>\n    <Size>${o.size}</Size>\n    <StorageClass>STANDARD</StorageClass>\n  </Contents>\n`,
    )
    .join('');
  return (
    head('200 OK', ids, date, `x-amz-bucket-region: ${region}\n`) +
    `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="${S3_NAMESPACE}">\n  <Name>${xmlText(bucket)}</Name>\n  <Prefix></Prefix>\n` +
    `  <KeyCount>${objects.length}</KeyCount>\n  <MaxKeys>1000</MaxKeys>\n  <IsTruncated>false</IsTruncated>\n${contents}</ListBucketResult>\n`
  );
}
