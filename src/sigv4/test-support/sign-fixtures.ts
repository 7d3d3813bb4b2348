/** Small builders for core tests: options with the AWS documentation's example credentials. */
import type { SigningOptions } from '../options';
import { profileRules } from '../options';
import type { AmzDate } from '../time';

/** Options for the AWS example key pair at 2015-08-30T12:36:00Z; override what a test varies. */
export function options(overrides: Partial<SigningOptions> = {}): SigningOptions {
  return {
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
    region: 'us-east-1',
    service: 'service',
    signingTime: '20150830T123600Z' as AmzDate,
    mode: 'header',
    expiresIn: 3600,
    ...profileRules('generic'),
    omitSessionToken: false,
    skipNeverSignedHeaders: false,
    ...overrides,
  };
}
