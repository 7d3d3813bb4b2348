/** The app's own worked examples: inputs only; every output is computed by the signing core. */
import type { Profile, SigningMode } from '../sigv4';

/** Everything needed to sign one example request. */
export interface SigningExample {
  readonly id: string;
  /** The unsigned request as HTTP/1.1 text (LF line ends). */
  readonly request: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly region: string;
  readonly service: string;
  /** The signing time, in the X-Amz-Date form or ISO-8601. */
  readonly signingTime: string;
  readonly mode: SigningMode;
  readonly profile: Profile;
  /** X-Amz-Expires in query mode, seconds. */
  readonly expiresIn: number;
}

/**
 * The IAM ListUsers request of the AWS General Reference ("Signature Version 4 signing process"),
 * with the documentation's example credentials (AKIDEXAMPLE is not a real key).
 */
export const IAM_LIST_USERS: SigningExample = {
  id: 'iam-listusers',
  request:
    'GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08 HTTP/1.1\n' +
    'Host: iam.amazonaws.com\n' +
    'Content-Type: application/x-www-form-urlencoded; charset=utf-8\n' +
    'X-Amz-Date: 20150830T123600Z\n',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  service: 'iam',
  signingTime: '20150830T123600Z',
  mode: 'header',
  profile: 'generic',
  expiresIn: 3600,
};
