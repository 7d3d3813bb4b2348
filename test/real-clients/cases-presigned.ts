/**
 * Presigned URLs (query mode). S3 signs `UNSIGNED-PAYLOAD`; other services the body's hash (empty).
 * curl cannot presign, so these run against the SDK signers only.
 */
import type { Case } from './cases';

const BUCKET = { service: 's3', region: 'us-east-1', host: 'examplebucket.s3.amazonaws.com' } as const;
const API = { service: 'execute-api', region: 'ap-northeast-1', host: 'q9.execute-api.ap-northeast-1.amazonaws.com' } as const;

export const PRESIGNED_CASES: readonly Case[] = [
  { id: 's3-presign-get', ...BUCKET, method: 'GET', path: '/test.txt', mode: 'query', expires: 86400, time: '2013-05-24T00:00:00Z' },
  { id: 's3-presign-key-specials', ...BUCKET, method: 'GET', path: '/my photo+1=2%.jpg', mode: 'query' },
  { id: 's3-presign-token', ...BUCKET, method: 'GET', path: '/private/report.csv', mode: 'query', token: 'signed', expires: 900 },
  {
    id: 's3-presign-response-params', ...BUCKET, method: 'GET', path: '/files/a b.txt', mode: 'query',
    query: 'response-content-disposition=attachment%3B%20filename%3D%22a%20b.txt%22&response-content-type=text%2Fplain',
  },
  {
    id: 's3-presign-put-localstack', service: 's3', region: 'us-east-1', host: 'localhost', port: 4566,
    method: 'PUT', path: '/bucket/upload.bin', mode: 'query', expires: 600,
  },
  { id: 's3-presign-utf8-key', service: 's3', region: 'eu-west-3', host: 'docs.s3.eu-west-3.amazonaws.com', method: 'GET', path: '/資料/ü.pdf', mode: 'query' },
  {
    id: 's3-presign-version-id', ...BUCKET, method: 'GET', path: '/doc.txt', mode: 'query',
    query: 'versionId=3%2FL4kqtJlcpXroDTDmJ%2BrmSpXd3dIbrHY%2BMTRCxf3vjVBH40Nr8X8gdRQBpUMLUo',
  },
  // The AWS General Reference's presigned ListUsers (X-Amz-Expires=60).
  {
    id: 'iam-presign-list-users', service: 'iam', region: 'us-east-1', host: 'iam.amazonaws.com',
    method: 'GET', path: '/', query: 'Action=ListUsers&Version=2010-05-08', mode: 'query', expires: 60,
  },
  {
    id: 'sts-presign-token', service: 'sts', region: 'us-east-1', host: 'sts.amazonaws.com',
    method: 'GET', path: '/', query: 'Action=GetCallerIdentity&Version=2011-06-15', mode: 'query', token: 'signed',
  },
  { id: 'api-presign-raw-plus', ...API, method: 'GET', path: '/prod/search', query: 'q=a+b&r=%2B', mode: 'query' },
  { id: 'api-presign-utf8-path', ...API, method: 'GET', path: '/prod/café/menü', mode: 'query' },
  { id: 'api-presign-port', ...API, port: 8443, method: 'GET', path: '/prod/items', query: 'limit=5&empty=', mode: 'query' },
];
