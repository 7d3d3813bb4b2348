/**
 * The catalogue keys the diagnosis words its findings by: it returns these keys and the values for
 * their `{name}` slots, never prose; content/<lang>/diagnose.ts words every one (a key without words
 * there fails to compile).
 */
import type { CauseId } from './types';
import type { WhatIfId } from './whatif';

/** What-ifs that can find nothing to change in an input, and say why. */
type NoopWhatIf =
  | 'path-encoded-once' | 's3-path-normalised' | 'query-plus-as-plus' | 'headers-unjoined' | 'charset-added-after-signing'
  | 'host-with-port' | 'payload-hash-base64' | 'unsigned-payload-outside-s3' | 'token-signed-vs-appended' | 'token-missing';

/** A key of the diagnosis's words: a likely cause, a what-if's title and explanation, why one changed nothing. */
export type DiagnoseMessageKey =
  | `cause.${CauseId}`
  | `whatif.${WhatIfId}.${'title' | 'explanation'}`
  | `whatif.${NoopWhatIf}.noop`
  | 'whatif.path-encoded-once.noopS3'
  | 'whatif.noop.unaffected';
