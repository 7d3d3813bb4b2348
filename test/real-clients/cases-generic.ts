/**
 * Authorization-header cases for services other than S3 (the path is encoded twice, dot segments
 * and empty segments are normalised). Each one targets a rule a signer can get wrong.
 */
import type { Case } from './cases';

const IAM = { service: 'iam', region: 'us-east-1', host: 'iam.amazonaws.com' } as const;
const STS = { service: 'sts', region: 'us-east-1', host: 'sts.amazonaws.com' } as const;
const API = { service: 'execute-api', region: 'us-east-1', host: 'abc123.execute-api.us-east-1.amazonaws.com' } as const;
const FORM = ['Content-Type', 'application/x-www-form-urlencoded; charset=utf-8'] as const;

/** Bytes that are not UTF-8 (lone continuation bytes, an overlong lead, 0xFF), with CR LF inside; no NUL, so curl's argv can carry them. */
const NOT_UTF8 = new Uint8Array([0xff, 0xfe, 0x80, 0x81, 0x0d, 0x0a, 0x7f, 0xc3, 0x28, 0xe2, 0x82, 0x20, 0x41, 0x2b, 0x25]);

export const GENERIC_CASES: readonly Case[] = [
  // The AWS General Reference example the seed talk dissects.
  { id: 'iam-list-users', ...IAM, method: 'GET', path: '/', query: 'Action=ListUsers&Version=2010-05-08', headers: [FORM], mode: 'header' },
  {
    id: 'sts-form-post', ...STS, method: 'POST', path: '/', headers: [FORM], mode: 'header',
    body: 'Action=GetCallerIdentity&Version=2011-06-15', time: '2023-11-05T23:59:59Z',
  },
  {
    // The body is what `--data-urlencode` writes: a space becomes `+`, reserved characters %XX.
    id: 'sts-assume-role-data-urlencode', ...STS, method: 'POST', path: '/', headers: [FORM], mode: 'header',
    body: 'Action=AssumeRole&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=my+session&Version=2011-06-15',
    curlData: [
      '--data-urlencode', 'Action=AssumeRole', '--data-urlencode', 'RoleArn=arn:aws:iam::123456789012:role/demo',
      '--data-urlencode', 'RoleSessionName=my session', '--data-urlencode', 'Version=2011-06-15',
    ],
  },
  { id: 'sts-token-signed', ...STS, method: 'GET', path: '/', query: 'Action=GetCallerIdentity&Version=2011-06-15', token: 'signed', mode: 'header' },
  // Some services want the token added after signing; only the SDK's signer can be told to do that.
  { id: 'sts-token-appended', ...STS, method: 'GET', path: '/', query: 'Action=GetCallerIdentity&Version=2011-06-15', token: 'appended', mode: 'header' },
  // AWS form-decodes the query: a raw `+` is a space (canonical %20); a plus is sent as %2B.
  { id: 'query-raw-plus', ...API, method: 'GET', path: '/prod/search', query: 'q=a+b', mode: 'header' },
  { id: 'query-encoded-plus', ...API, method: 'GET', path: '/prod/search', query: 'q=a%2Bb', mode: 'header' },
  { id: 'query-space-pct20', ...API, method: 'GET', path: '/prod/search', query: 'q=a%20b', mode: 'header' },
  { id: 'query-plus-space-mix', ...API, method: 'GET', path: '/prod/search', query: 'a=1+2&b=1%2B2&c=1%202&d=++&e=%2B+%20', mode: 'header' },
  // Repeated keys: sorted by key, then by value, the values of one key included.
  { id: 'query-repeated-keys', ...API, method: 'GET', path: '/prod/items', query: 'tag=b&tag=a&tag=c&id=2&id=10', mode: 'header' },
  { id: 'query-empty-values', ...API, method: 'GET', path: '/prod/items', query: 'b=&a=&c=x', mode: 'header' },
  { id: 'query-keys-without-equals', ...API, method: 'GET', path: '/prod/items', query: 'versions&flag&x=1', mode: 'header' },
  { id: 'query-reserved-raw', ...API, method: 'GET', path: '/prod/items', query: "r=!*'()$,;:@/?&s=a/b?c", mode: 'header' },
  { id: 'query-reserved-encoded', ...API, method: 'GET', path: '/prod/items', query: 'r=%21%2A%27%28%29%24%2C%3B%3A%40%2F%3F', mode: 'header' },
  {
    id: 'query-utf8', ...API, method: 'GET', path: '/prod/items', mode: 'header',
    query: 'city=%E6%9D%B1%E4%BA%AC&name=Z%C3%BCrich&emoji=%F0%9F%98%80',
  },
  { id: 'query-lowercase-hex-tilde', ...API, method: 'GET', path: '/prod/items', query: 't=%7e~x&h=%2a%2f', mode: 'header' },
  { id: 'query-encoded-equals-ampersand', ...API, method: 'GET', path: '/prod/items', query: 'expr=a%3Db%26c&k%3Dx=1', mode: 'header' },
  { id: 'query-raw-equals-in-value', ...API, method: 'GET', path: '/prod/items', query: 'expr=a=b=c', mode: 'header' },
  // Sorted by the encoded key's bytes: upper case before `_` before lower case.
  { id: 'query-sort-by-bytes', ...API, method: 'GET', path: '/prod/items', query: 'b=1&B=2&_x=3&a-b=4&a.b=5&a~=6&A=7', mode: 'header' },
  {
    id: 'dynamodb-json-utf8', service: 'dynamodb', region: 'us-west-2', host: 'dynamodb.us-west-2.amazonaws.com',
    method: 'POST', path: '/', mode: 'header', time: '2024-02-29T08:15:30Z',
    headers: [['Content-Type', 'application/x-amz-json-1.0'], ['X-Amz-Target', 'DynamoDB_20120810.GetItem']],
    body: '{"TableName":"Música","Key":{"id":{"S":"ü-1 ✓"}}}',
  },
  {
    // Colons of an ARN in the path: %3A on the wire, %253A in the canonical request.
    id: 'lambda-invoke-arn-path', service: 'lambda', region: 'us-east-1', host: 'lambda.us-east-1.amazonaws.com',
    method: 'POST', path: '/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:my-fn/invocations',
    query: 'Qualifier=%24LATEST', mode: 'header',
    headers: [['Content-Type', 'application/json'], ['X-Amz-Invocation-Type', 'RequestResponse']], body: '{"k":"v"}',
  },
  {
    // API Gateway's @connections/<id>= (the `=` that breaks signers that encode the path once).
    id: 'apigw-connections-equals', service: 'execute-api', region: 'eu-west-1', host: 'ws1.execute-api.eu-west-1.amazonaws.com',
    method: 'POST', path: '/prod/@connections/L0SM9cOFvHcCIhw=', body: 'hello', mode: 'header',
  },
  { id: 'path-dot-segments', ...API, method: 'GET', path: '/prod/a/./b/../c/', mode: 'header' },
  { id: 'path-empty-segments', ...API, method: 'GET', path: '/prod//a///b', mode: 'header' },
  { id: 'path-utf8-spaces', ...API, method: 'GET', path: '/prod/résumé files/東京', mode: 'header' },
  { id: 'path-reserved', ...API, method: 'GET', path: '/prod/a:b/c@d/e$f/g+h/i%j', mode: 'header' },
  {
    id: 'header-whitespace', ...API, method: 'GET', path: '/prod/items', mode: 'header',
    headers: [['X-Amz-Meta-Note', '  a   b \t c  '], ['X-Quoted', '"  x   y  "']],
  },
  {
    // Joined with `,` in the order sent: `b,a`, not sorted.
    id: 'header-repeated', ...API, method: 'GET', path: '/prod/items', mode: 'header',
    headers: [['X-Amz-Meta-List', 'b'], ['X-Other', '1'], ['X-Amz-Meta-List', 'a']],
  },
  {
    id: 'header-mixed-case-names', ...API, method: 'GET', path: '/prod/items', mode: 'header',
    headers: [['X-Custom-Header', 'One'], ['x-lower', 'two'], ['X-UPPER', 'three']],
  },
  { id: 'header-utf8-value', ...API, method: 'GET', path: '/prod/items', headers: [['X-Amz-Meta-City', 'Zürich']], mode: 'header' },
  // An empty value is signed as `x-empty:`; curl sends it for `-H 'X-Empty;'`.
  { id: 'header-empty-value', ...API, method: 'GET', path: '/prod/items', headers: [['X-Empty', '']], mode: 'header' },
  {
    // curl signs a User-Agent given with -H; the SDK signers never sign User-Agent.
    id: 'header-user-agent', ...API, method: 'GET', path: '/prod/items', mode: 'header',
    headers: [['User-Agent', 'my-tool/1.0 (test)'], ['X-Request-Id', 'r-1']],
  },
  {
    // Headers curl adds itself (-A, -b, -e and the Content-Type -d implies) are sent but not signed.
    id: 'curl-implied-headers', ...API, method: 'POST', path: '/prod/items', mode: 'header', body: 'a=1&b=2',
    curlData: ['-d', 'a=1&b=2'], curlExtra: ['-A', 'agent/2.0', '-b', 'session=abc', '-e', 'https://example.com/'],
  },
  {
    id: 'binary-body-put', ...API, method: 'PUT', path: '/prod/upload', mode: 'header',
    headers: [['Content-Type', 'application/octet-stream']], body: NOT_UTF8,
  },
  { id: 'non-default-port', ...API, port: 8443, method: 'GET', path: '/prod/items', query: 'limit=10', mode: 'header' },
  {
    id: 'localstack-lambda-port', service: 'lambda', region: 'us-east-1', host: 'localhost', port: 4566,
    method: 'POST', path: '/2015-03-31/functions/f/invocations', headers: [['Content-Type', 'application/json']], body: '{}', mode: 'header',
  },
  { id: 'delete-method', ...API, method: 'DELETE', path: '/prod/items/42', mode: 'header', time: '2020-01-01T00:00:00Z' },
  {
    id: 'patch-json-multiline', ...API, method: 'PATCH', path: '/prod/items/42', mode: 'header',
    headers: [['Content-Type', 'application/json; charset=utf-8']], body: '{\n  "name": "a b",\n  "tags": ["x", "y"]\n}\n',
  },
];
