/** The one zustand store, in slices (architecture practice 10). Components read with narrow selectors. */
import { create } from 'zustand';
import { createLabSlice, type LabSlice } from './lab-slice';
import { createPrefsSlice, type PrefsSlice } from './prefs-slice';

/** The whole state. */
export type AppState = LabSlice & PrefsSlice;

/** The store hook. */
export const useStore = create<AppState>()((...a) => ({ ...createLabSlice(...a), ...createPrefsSlice(...a) }));

export type { Focus } from './lab-slice';
export type { LabInputs, LabIssue, LabResult, LabField, VerifyOutcome } from './lab-compute';
export type { EchoOutcome, WhatIfOutcome } from './lab-diagnose';
export { WALK_STEPS, revealedStages } from './walkthrough';
export type { WalkStep } from './walkthrough';
