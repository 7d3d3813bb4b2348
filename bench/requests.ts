/**
 * The benchmark's request mix, each written twice: as the raw text our core parses and as the
 * HttpRequest smithy signs (aws4's and the noble floor's inputs are made from the latter). IAM GET
 * with a query, STS POST with a form body, S3 GET with a session token, and a 4 KB JSON POST.
 *
 * The S3 request carries its `x-amz-content-sha256` (the hash of the empty body) itself, as S3
 * clients send it: smithy is run with `applyChecksum: false` (so it adds no header we do not), aws4
 * and our S3 profile would add it, and with the header present every signer takes the payload hash
 * from it alike.
 */
import { EMPTY_SHA256, profileRules, type Profile, type SigningOptions, type AmzDate } from '../src/sigv4/index';

/** Smithy's request shape. */
export interface SmithyRequest {
  method: string;
  protocol: string;
  hostname: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: string;
}

/** One workload of the mix. */
export interface Workload {
  readonly name: string;
  readonly text: string;
  readonly smithy: SmithyRequest;
  readonly profile: Profile;
  readonly region: string;
  readonly service: string;
  readonly credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

const ACCESS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const TOKEN =
  'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6m2AWcfJwV1wQZqy0t1yP6c3pq3dKqkF1mNfV7rRjKQIgXfAKExAMPLETOKENjzF3W8q5S1c0d8x+uD1lU9w2hZ8qmQIIUhABGgw5MzQ1NjM0MjQ2NTEiDExAMPLE';

function json4k(): string {
  const items = Array.from({ length: 48 }, (_, i) => `{"id":{"S":"item-${i}"},"color":{"S":"blue"},"size":{"N":"${i * 7}"}}`);
  const body = `{"TableName":"Lab","Item":{"batch":{"L":[${items.join(',')}]}}}`;
  return body.length >= 4096 ? body.slice(0, 4096) : body + ' '.repeat(4096 - body.length);
}

const FORM = 'Action=AssumeRole&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Flab&RoleSessionName=lab&Version=2011-06-15';
const JSON_BODY = json4k();

/** The mix, in a fixed order. */
export const WORKLOADS: readonly Workload[] = [
  {
    name: 'IAM GET + query',
    text: 'GET /?Action=ListUsers&Version=2010-05-08 HTTP/1.1\nHost: iam.amazonaws.com\nContent-Type: application/x-www-form-urlencoded; charset=utf-8\n\n',
    smithy: {
      method: 'GET', protocol: 'https:', hostname: 'iam.amazonaws.com', path: '/',
      query: { Action: 'ListUsers', Version: '2010-05-08' },
      headers: { host: 'iam.amazonaws.com', 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    },
    profile: 'generic', region: 'us-east-1', service: 'iam', credentials: ACCESS,
  },
  {
    name: 'STS POST form',
    text: `POST / HTTP/1.1\nHost: sts.amazonaws.com\nContent-Type: application/x-www-form-urlencoded\n\n${FORM}`,
    smithy: {
      method: 'POST', protocol: 'https:', hostname: 'sts.amazonaws.com', path: '/', query: {},
      headers: { host: 'sts.amazonaws.com', 'content-type': 'application/x-www-form-urlencoded' },
      body: FORM,
    },
    profile: 'generic', region: 'us-east-1', service: 'sts', credentials: ACCESS,
  },
  {
    name: 'S3 GET + token',
    text: `GET /examplebucket/photos/2024/cat%20picture.jpg HTTP/1.1\nHost: s3.us-east-1.amazonaws.com\nRange: bytes=0-1023\nx-amz-content-sha256: ${EMPTY_SHA256}\n\n`,
    smithy: {
      method: 'GET', protocol: 'https:', hostname: 's3.us-east-1.amazonaws.com', path: '/examplebucket/photos/2024/cat%20picture.jpg', query: {},
      headers: { host: 's3.us-east-1.amazonaws.com', range: 'bytes=0-1023', 'x-amz-content-sha256': EMPTY_SHA256 },
    },
    profile: 's3', region: 'us-east-1', service: 's3', credentials: { ...ACCESS, sessionToken: TOKEN },
  },
  {
    name: '4 KB JSON POST',
    text: `POST / HTTP/1.1\nHost: dynamodb.us-east-1.amazonaws.com\nContent-Type: application/x-amz-json-1.0\nX-Amz-Target: DynamoDB_20120810.PutItem\n\n${JSON_BODY}`,
    smithy: {
      method: 'POST', protocol: 'https:', hostname: 'dynamodb.us-east-1.amazonaws.com', path: '/', query: {},
      headers: { host: 'dynamodb.us-east-1.amazonaws.com', 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.PutItem' },
      body: JSON_BODY,
    },
    profile: 'generic', region: 'us-east-1', service: 'dynamodb', credentials: ACCESS,
  },
];

/** Our signing options for a workload at a signing time (header mode, as smithy's sign()). */
export function ourOptions(w: Workload, signingTime: AmzDate): SigningOptions {
  // The spread comes last: on Node 20 (V8 11.3) `{ ...a, b, c }` adds each property after a spread
  // on a slow path, about 0.7 µs apiece; written first, this cost 6 µs per signature of ours.
  return {
    credentials: w.credentials,
    region: w.region,
    service: w.service,
    signingTime,
    mode: 'header',
    expiresIn: 3600,
    omitSessionToken: false,
    skipNeverSignedHeaders: false,
    ...profileRules(w.profile),
  };
}
