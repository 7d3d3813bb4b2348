/**
 * The diagnosis's only door. Pure: no React, DOM or store; the core is reached through '../sigv4'.
 * Server echo → diff against our trace → likely causes; and the what-if catalogue of signer mistakes.
 */
export type { ByteDiff, Cause, CauseId, EchoDiff, LineDiff, LinePart, ServerEcho, TextDiff } from './types';
export { byteDiff, diffBytes, visibleText } from './byte-diff';
export { diffEcho, earliestStage, stageOfPart } from './echo-diff';
export { stageDiff, valueDiff } from './value-diff';
export type { StageDiff } from './value-diff';
export { likelyCauses } from './causes';
export { CAUSE_IDS } from './cause-table';
export { CLOCK_SKEW_MINUTES, WHATIFS } from './whatif';
export type { WhatIf, WhatIfId, WhatIfInput, WhatIfResult } from './whatif';
export { runWhatIf, serverTraceOf } from './whatif-impact';
export { whatIfImpact } from './trace-diff';
export { verifyDifference } from './verify-difference';
export type { VerifyDifference } from './verify-difference';
export { applyWhatIfs } from './whatif-compose';
export { MISTAKES, mistake } from './mistakes';
export type { Mistake, MistakeId } from './mistakes';
export type { WhatIfRun } from './whatif-impact';
export type { WhatIfImpact } from './trace-diff';
export type { DiagnoseMessageKey } from './message-keys';
