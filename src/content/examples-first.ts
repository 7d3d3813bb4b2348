/**
 * The lab's starting point, the IAM ListUsers example, and how an example is written: a module of
 * its own, so that the first paint carries it without the other examples (./examples.ts).
 */
import { DEFAULT_EXPIRES_SECONDS } from '../sigv4';
import type { ExampleId, LabInputs, SigningExample } from './examples';

// The AWS documentation's example key pair: not a real key.
export const DOC_KEY = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const DEFAULTS = { sessionToken: '', mode: 'header', algorithm: 'sigv4', profile: 'auto', expires: String(DEFAULT_EXPIRES_SECONDS), tokenPlacement: 'signed', payload: 'hash' } as const;
type Given = Omit<LabInputs, keyof typeof DEFAULTS> & Partial<LabInputs>;
/** An example: its inputs, the defaults filled in. */
export const example = (id: ExampleId, given: Given): SigningExample => ({ id, inputs: { ...DEFAULTS, ...given } });

/** The IAM ListUsers request of the AWS General Reference, whose Authorization header the talk dissects: the lab's starting point. */
export const IAM_LIST_USERS: SigningExample = example('iam-listusers', {
  ...DOC_KEY, region: 'us-east-1', service: 'iam', signingTime: '20150830T123600Z',
  requestText:
    'GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08 HTTP/1.1\n' +
    'Host: iam.amazonaws.com\n' +
    'Content-Type: application/x-www-form-urlencoded; charset=utf-8\n' +
    'X-Amz-Date: 20150830T123600Z\n',
});
