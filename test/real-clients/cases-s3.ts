/**
 * S3 Authorization-header cases: object keys are encoded once (the SDKs' escapeUriPath on the
 * wire, then kept as sent), never normalised (`//` and all), and the body is signed through
 * `x-amz-content-sha256`.
 */
import type { Case } from './cases';

const BUCKET = { service: 's3', region: 'us-east-1', host: 'examplebucket.s3.amazonaws.com' } as const;
const EU_BUCKET = { service: 's3', region: 'eu-central-1', host: 'my-bucket.s3.eu-central-1.amazonaws.com' } as const;

/** Every byte value but NUL (curl's argv cannot carry NUL), so any byte mishandled shows. */
const ALL_BYTES = new Uint8Array(Array.from({ length: 255 }, (_, i) => 255 - i));

export const S3_CASES: readonly Case[] = [
  { id: 's3-get-object', ...BUCKET, method: 'GET', path: '/photos/cat.jpg', mode: 'header' },
  { id: 's3-key-space', ...BUCKET, method: 'GET', path: '/my photo.jpg', mode: 'header' },
  // A plus in a key is a plus: %2B on the wire and in the canonical URI.
  { id: 's3-key-plus', ...BUCKET, method: 'GET', path: '/a+b c.txt', mode: 'header' },
  { id: 's3-key-equals-percent', ...BUCKET, method: 'GET', path: '/x=1%y&z.txt', mode: 'header' },
  { id: 's3-key-utf8', ...EU_BUCKET, method: 'GET', path: '/写真/東京 タワー.jpg', mode: 'header', time: '2024-12-31T23:59:59Z' },
  { id: 's3-key-double-slash', ...BUCKET, method: 'GET', path: '/a//b///c.txt', mode: 'header' },
  { id: 's3-key-reserved', ...BUCKET, method: 'GET', path: "/!'()*$,;:@~.txt", mode: 'header' },
  {
    id: 's3-put-binary', ...EU_BUCKET, method: 'PUT', path: '/bin/data.bin', mode: 'header',
    headers: [['Content-Type', 'application/octet-stream']], body: ALL_BYTES,
  },
  {
    id: 's3-list-objects-v2', ...BUCKET, method: 'GET', path: '/', mode: 'header',
    query: 'list-type=2&prefix=photos%2F2024%20x&delimiter=%2F&max-keys=10',
  },
  { id: 's3-acl-subresource', ...BUCKET, method: 'GET', path: '/doc.txt', query: 'acl', mode: 'header' },
  { id: 's3-query-raw-plus', ...BUCKET, method: 'GET', path: '/', query: 'prefix=a+b&marker=c%2Bd', mode: 'header' },
  { id: 's3-token-signed', ...BUCKET, method: 'GET', path: '/private/report.csv', token: 'signed', mode: 'header' },
  {
    id: 's3-path-style-localstack', service: 's3', region: 'us-east-1', host: 'localhost', port: 4566,
    method: 'GET', path: '/bucket/key with space.txt', mode: 'header',
  },
  {
    id: 's3-put-metadata', ...BUCKET, method: 'PUT', path: '/notes/today.txt', mode: 'header', time: '2013-05-24T00:00:00Z',
    headers: [
      ['Content-Type', 'text/plain; charset=utf-8'], ['X-Amz-Meta-Author', '  Ana   María '],
      ['X-Amz-Storage-Class', 'REDUCED_REDUNDANCY'], ['Cache-Control', 'max-age=60'],
    ],
    body: 'Welcome to Amazon S3.\n',
  },
];
