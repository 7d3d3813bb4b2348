/**
 * Where each cause was seen: the citations of ../shared/reference/sigv4-pitfalls.md, row by row;
 * causes that row does not cover cite the AWS General Reference page that states the rule.
 */
import type { StageId } from '../sigv4';
import type { Cause, CauseId } from './types';

const GR_CANONICAL = 'AWS General Reference, "Create a canonical request"';
const GR_STRING_TO_SIGN = 'AWS General Reference, "Create a string to sign"';
const CURL_QUERY = 'curl#7559, #8107, #11794';
const AFTER_SIGNING = 'mhart/aws4#155, #111';
const PAYLOAD = 'electron-builder PR #9863, aws-sdk-java-v2#3807';
const TOKEN = 'goamz PR #238, soto-core PR #99';

/** Citation, and whether the cause is a catch-all that ranks below the specific ones of its stage. */
const TABLE: Readonly<Record<CauseId, { source: string; generic?: true }>> = {
  'method-differs': { source: GR_CANONICAL },
  'path-encoded-once': { source: 'amazonka#529, aws-sdk-js#853' },
  'path-double-encoded': { source: 'chimera PR #702, play-s3#19' },
  'path-sent-double-encoded': { source: 'chimera PR #702, play-s3#19' },
  'path-sent-unencoded': { source: 'amazonka#529, aws-sdk-js#853' },
  's3-path-normalised': { source: 'chimera PR #702, play-s3#19' },
  's3-path-sent-normalised': { source: 'chimera PR #702, play-s3#19' },
  'path-not-normalised': { source: GR_CANONICAL },
  'path-kept-as-written': { source: GR_CANONICAL },
  'uri-differs': { source: GR_CANONICAL, generic: true },
  'query-reencoded': { source: 'okigan/awscurl#216, curl#16927' },
  'query-sorted-before-encoding': { source: 'smithy-typescript PR #849' },
  'query-repeated-key-order': { source: 'smithy-typescript PR #1404, aws-sdk-go-v2#2969' },
  'query-space-as-plus': { source: 'curl#7559' },
  'query-plus-as-plus': { source: 'aws4#126, curl#20543, envoy#40523' },
  'query-lowercase-hex': { source: 'curl#8107' },
  'query-star-tilde': { source: CURL_QUERY },
  'query-empty-value': { source: CURL_QUERY },
  'query-differs': { source: GR_CANONICAL, generic: true },
  'header-whitespace': { source: 'botocore PR #1182, aws-sdk-go PR #4141' },
  'headers-unjoined': { source: 'aws-sdk-java-v2 PR #2502' },
  'headers-join-order': { source: 'aws-sdk-java-v2 PR #2502' },
  'host-port': { source: 'aws-cli#2883, curl#9550' },
  'charset-added-after-signing': { source: AFTER_SIGNING },
  'header-value-changed': { source: AFTER_SIGNING, generic: true },
  'header-only-ours': { source: AFTER_SIGNING, generic: true },
  'header-only-server': { source: AFTER_SIGNING, generic: true },
  'never-signed-header': { source: 'AWS SDK for JavaScript v3 (headers signers never sign)' },
  'signed-headers-differ': { source: 'AWS IAM guide example' },
  'signed-headers-incomplete': { source: 'AWS IAM guide example' },
  'payload-hash-base64': { source: PAYLOAD },
  'payload-hash-hex-case': { source: PAYLOAD },
  'unsigned-payload-outside-s3': { source: PAYLOAD },
  'payload-header-mismatch': { source: PAYLOAD },
  'body-changed': { source: PAYLOAD },
  'payload-hash-differs': { source: PAYLOAD, generic: true },
  'algorithm-differs': { source: GR_STRING_TO_SIGN },
  'clock-skew': { source: 'aws4fetch#73, aws-sdk-php#612' },
  'scope-date': { source: 'minio PR #3688' },
  'wrong-region': { source: 'aws-sdk-js#986' },
  'wrong-service': { source: 'aws-sdk-js#986' },
  'scope-terminator': { source: GR_STRING_TO_SIGN },
  'canonical-request-differs': { source: GR_STRING_TO_SIGN, generic: true },
  'token-signed-vs-appended': { source: TOKEN },
  'token-missing': { source: TOKEN },
  'token-differs': { source: TOKEN },
  'region-set-differs': { source: 'sigv4a.md' },
  'secret-key': { source: 'AWS error message: "Check your AWS Secret Access Key and signing method"' },
  'key-chain-hex-text': { source: 'openbullet#663, scality PR #357', generic: true },
};

/** Every cause id, in table order. */
export const CAUSE_IDS: readonly CauseId[] = Object.keys(TABLE) as CauseId[];

/** True for catch-all causes, ranked after the specific ones of the same stage. */
export function isGeneric(id: CauseId): boolean {
  return TABLE[id].generic === true;
}

/** Builds a cause: its message key is `cause.<id>`, its source the table's citation. */
export function cause(id: CauseId, stage: StageId, params: Readonly<Record<string, string | number>> = {}): Cause {
  return { id, stage, key: `cause.${id}`, params, source: TABLE[id].source };
}
