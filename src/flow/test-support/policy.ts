/** Trust policies for tests: the EC2 policy, and the PolicyError a text raises. */
import { parsePolicy } from '../policy-parse';
import { PolicyError } from '../policy-types';

/** The role's default trust policy: EC2 may assume it. */
export const EC2 = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }
  ]
}`;

/** The PolicyError a text raises, or a failure when it parses. */
export function errorOf(text: string): PolicyError {
  try {
    parsePolicy(text);
  } catch (e) {
    if (e instanceof PolicyError) return e;
    throw e;
  }
  throw new Error('expected a PolicyError');
}
