/** The one zustand store, in slices (architecture practice 10). Components read with narrow selectors. */
import { create } from 'zustand';
import { createFlowSlice, type FlowSlice } from './flow-slice';
import { createLabSlice, type LabSlice } from './lab-slice';
import { createPrefsSlice, type PrefsSlice } from './prefs-slice';

/** The whole state. */
/** Actions that cross slices: the flow hands its credentials to the lab through the store (never a component). */
export interface CrossSlice {
  /** Opens the lab with the flow's last signed request and its temporary credentials; false when there is none. */
  openFlowInLab: () => boolean;
}

export type AppState = LabSlice & PrefsSlice & FlowSlice & CrossSlice;

/** The store hook. */
export const useStore = create<AppState>()((...a) => ({
  ...createLabSlice(...a),
  ...createPrefsSlice(...a),
  ...createFlowSlice(...a),
  openFlowInLab() {
    const get = a[1];
    const h = get().flow.model.handoff;
    if (!h) return false;
    get().loadSigning({
      request: h.requestText,
      accessKeyId: h.credentials.accessKeyId,
      secretAccessKey: h.credentials.secretAccessKey,
      sessionToken: h.credentials.sessionToken,
      region: h.region,
      service: h.service,
      signingTime: h.signingTime,
      mode: h.mode,
      profile: h.profile,
      expiresIn: 3600,
      tokenPlacement: 'signed',
      payload: 'hash',
    });
    return true;
  },
}));

export type { Focus } from './lab-slice';
export type { LabInputs, LabIssue, LabResult, LabField, VerifyOutcome } from './lab-compute';
export type { EchoOutcome, WhatIfOutcome } from './lab-diagnose';
export { WALK_STEPS, revealedStages } from './walkthrough';
export type { WalkStep } from './walkthrough';
export { FLOW_CLOCK, FLOW_SEED } from './flow-slice';
