/**
 * The app's own worked examples: inputs only, in the lab's own input shape (every output is computed
 * by the signing core). An example is loaded as it is, with no conversion. The first paint carries
 * only the lab's starting point (./examples-first.ts); the others load with the lab's example bar.
 */
import type { Algorithm, SigningMode } from '../sigv4';
import { DOC_KEY, example, IAM_LIST_USERS } from './examples-first';

export { IAM_LIST_USERS };

/** The lab's profile choice: auto picks S3's rules for service s3. */
export type ProfileChoice = 'auto' | 'generic' | 's3';

/** Everything the user controls in the lab: what an example sets, a link carries and the form edits. */
export interface LabInputs {
  /** The unsigned request as HTTP/1.1 text (LF line ends), a curl command or a URL. */
  readonly requestText: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Empty for long-term credentials. */
  readonly sessionToken: string;
  readonly region: string;
  readonly service: string;
  /** The signing time, in the X-Amz-Date form. */
  readonly signingTime: string;
  readonly mode: SigningMode;
  /** SigV4, or SigV4a (the region field then holds a region set). */
  readonly algorithm: Algorithm;
  readonly profile: ProfileChoice;
  readonly tokenPlacement: 'signed' | 'appended';
  readonly payload: 'hash' | 'unsigned';
  /** X-Amz-Expires in query mode, seconds, as the form field holds it. */
  readonly expires: string;
}

/** One example: the id that names its button and its words (`example.<id>`), and the lab's inputs it loads as they are. */
export interface SigningExample {
  readonly id: ExampleId;
  readonly inputs: LabInputs;
}

/** The example ids, in the order the lab lists them (the `example-<id>` buttons). */
export const EXAMPLE_IDS = [
  'iam-listusers',
  'iam-listusers-presigned',
  'sts-assume-role',
  's3-get-temporary',
  's3-presigned',
  'apigw-connections',
  'lambda-invoke',
  's3-mrap',
] as const;

/** One example id. */
export type ExampleId = (typeof EXAMPLE_IDS)[number];

// The AWS documentation's example key pairs: not real keys.
const S3_DOC_KEY = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
// Temporary credentials of the shape an instance gets from IMDS (credential-flow.md): ASIA…, a token.
const TEMP_KEY = {
  accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken:
    'IQoJb3JpZ2luX2VjEHcaCXVzLWVhc3QtMSJHMEUCIQDexampleTokenForTheLabOnlyNotARealSessionTokenAiEA1examplek1gYWQtZXhhbXBsZS10b2tlbi1ub3QtcmVhbCqpBQjw//////////8BEAAaDDEyMzQ1Njc4OTAxMiIMexample',
};

/** Every example, by id. */
export const EXAMPLES: Readonly<Record<ExampleId, SigningExample>> = {
  'iam-listusers': IAM_LIST_USERS,
  // The same request signed in the query string, as in the AWS General Reference (X-Amz-Expires=60).
  'iam-listusers-presigned': example('iam-listusers-presigned', {
    ...DOC_KEY, region: 'us-east-1', service: 'iam', signingTime: '20150830T123600Z',
    mode: 'query', expires: '60',
    requestText:
      'GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08 HTTP/1.1\n' +
      'Host: iam.amazonaws.com\n' +
      'Content-Type: application/x-www-form-urlencoded; charset=utf-8\n',
  }),
  // STS AssumeRole, the Query API call the EC2 service makes for an instance profile's role.
  'sts-assume-role': example('sts-assume-role', {
    ...DOC_KEY, region: 'us-east-1', service: 'sts', signingTime: '20150830T123600Z',
    requestText:
      'POST https://sts.amazonaws.com/ HTTP/1.1\n' +
      'Host: sts.amazonaws.com\n' +
      'Content-Type: application/x-www-form-urlencoded; charset=utf-8\n' +
      '\n' +
      'Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=i-0123456789abcdef0&DurationSeconds=3600',
  }),
  // An S3 GET with temporary credentials: the token is signed as X-Amz-Security-Token.
  's3-get-temporary': example('s3-get-temporary', {
    ...TEMP_KEY, region: 'ap-northeast-1', service: 's3', signingTime: '20240517T090000Z',
    requestText: 'GET /photos/2024/cat%20on%20mat.jpg HTTP/1.1\nHost: examplebucket.s3.ap-northeast-1.amazonaws.com\nRange: bytes=0-9\n',
  }),
  // The presigned S3 URL of the Amazon S3 API Reference ("Authenticating Requests: Using Query Parameters").
  's3-presigned': example('s3-presigned', {
    ...S3_DOC_KEY, region: 'us-east-1', service: 's3', signingTime: '20130524T000000Z',
    mode: 'query', expires: '86400', payload: 'unsigned',
    requestText: 'GET /test.txt HTTP/1.1\nHost: examplebucket.s3.amazonaws.com\n',
  }),
  // API Gateway WebSocket @connections: the connection id ends in `=`, escaped `%3D`, double-encoded when signed.
  'apigw-connections': example('apigw-connections', {
    ...DOC_KEY, region: 'us-east-1', service: 'execute-api', signingTime: '20240517T090000Z',
    requestText:
      'POST https://abcdef1234.execute-api.us-east-1.amazonaws.com/production/@connections/R0oiqdJ8IAMCJog%3D HTTP/1.1\n' +
      'Host: abcdef1234.execute-api.us-east-1.amazonaws.com\n' +
      'Content-Type: application/json\n' +
      '\n' +
      '{"message":"hello from the lab"}',
  }),
  // Lambda Invoke: the function ARN sits in the path, its colons escaped and then double-encoded.
  'lambda-invoke': example('lambda-invoke', {
    ...DOC_KEY, region: 'us-east-2', service: 'lambda', signingTime: '20240517T090000Z',
    requestText:
      'POST /2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-2%3A123456789012%3Afunction%3Amy-function/invocations HTTP/1.1\n' +
      'Host: lambda.us-east-2.amazonaws.com\n' +
      'Content-Type: application/json\n' +
      '\n' +
      '{"key":"value"}',
  }),
  // A GET through an S3 Multi-Region Access Point (its alias `<name>.mrap`): signed with SigV4a for the region set `*`,
  // so that S3 may route it to the bucket of any region the access point spans.
  's3-mrap': example('s3-mrap', {
    ...TEMP_KEY, region: '*', service: 's3', signingTime: '20240517T090000Z', algorithm: 'sigv4a',
    requestText: 'GET /photos/2024/cat.jpg HTTP/1.1\nHost: mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com\n',
  }),
};
