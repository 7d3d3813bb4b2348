/** The one zustand store, in slices (architecture practice 10). Components read with narrow selectors. */
import { create } from 'zustand';
import { DEFAULT_EXPIRES_SECONDS } from '../sigv4';
import { createFlowSlice, type FlowSlice } from './flow-slice';
import { CHAPTERS } from './tour';
import { createLabSlice, type LabSlice } from './lab-slice';
import { createLinkSlice, type LinkSlice } from './link-slice';
import { createPrefsSlice, type PrefsSlice } from './prefs-slice';

/** The whole state. */
/** Actions that cross slices: the flow hands its credentials to the lab through the store (never a component). */
export interface CrossSlice {
  /** The tour's chapter: 0 before it starts, then 1..CHAPTERS.length. */
  readonly tour: { readonly chapter: number };
  /** Goes to a chapter (clamped) and drives the graph or the lab to the state it talks about. */
  tourGo: (chapter: number) => void;
  tourNext: () => void;
  tourPrev: () => void;
  /** Presenter keys: the next flow step when the next chapter is further along the same flow, else the next chapter. */
  presentNext: () => void;
  /** Presenter keys: back through the chapter's flow steps, then to the previous chapter. */
  presentPrev: () => void;
  /** Opens the lab with the flow's last signed request and its temporary credentials; false when there is none. */
  openFlowInLab: () => boolean;
  /** Shows or masks the secrets everywhere; the lab's reproduce commands are derived again for the new state. */
  setRevealSecrets: (reveal: boolean) => void;
}

export type AppState = LabSlice & PrefsSlice & FlowSlice & LinkSlice & CrossSlice;

/** The store hook. */
export const useStore = create<AppState>()((...a) => ({
  ...createLabSlice(...a),
  ...createPrefsSlice(...a),
  ...createFlowSlice(...a),
  ...createLinkSlice(...a),
  tour: { chapter: 0 },
  tourGo(n) {
    const [set, get] = [a[0], a[1]];
    const chapter = Math.max(0, Math.min(CHAPTERS.length, Math.floor(n)));
    set({ tour: { chapter } });
    const drive = CHAPTERS[chapter - 1]?.drive;
    if (drive) get().setView(drive.view);
    const c = CHAPTERS[chapter - 1];
    if (!c) return;
    const d = c.drive;
    if (d.view === 'flow') {
      if (get().flow.scenarioId !== d.scenario) get().setScenario(d.scenario);
      get().flowPause();
      get().flowJump(d.step === 'last' ? get().flow.model.stepCount : d.step);
    } else {
      if (d.example === 'from-flow') get().openFlowInLab();
      else get().loadExample(d.example);
      if (d.walkStep !== null) for (let i = 0; i < d.walkStep; i++) get().walkNext();
      if (d.select) get().select(d.select);
    }
  },
  tourNext() {
    a[1]().tourGo(a[1]().tour.chapter + 1);
  },
  tourPrev() {
    a[1]().tourGo(a[1]().tour.chapter - 1);
  },
  presentNext() {
    const s = a[1]();
    const here = CHAPTERS[s.tour.chapter - 1]?.drive;
    const next = CHAPTERS[s.tour.chapter]?.drive;
    // Between two chapters on the same flow, step through the flow's steps first.
    if (here?.view === 'flow' && next?.view === 'flow' && next.scenario === s.flow.scenarioId && typeof next.step === 'number' && s.flow.state.step + 1 < next.step) {
      s.flowNext();
    } else {
      s.tourGo(s.tour.chapter + 1);
    }
  },
  presentPrev() {
    const s = a[1]();
    const here = CHAPTERS[s.tour.chapter - 1]?.drive;
    if (here?.view === 'flow' && typeof here.step === 'number' && here.scenario === s.flow.scenarioId && s.flow.state.step > here.step) s.flowPrev();
    else s.tourGo(s.tour.chapter - 1);
  },
  setRevealSecrets(revealSecrets) {
    a[0]((s) => ({ prefs: { ...s.prefs, revealSecrets } }));
    a[1]().redrawStages();
  },
  openFlowInLab() {
    const get = a[1];
    const h = get().flow.model.handoff;
    if (!h) return false;
    get().loadSigning({
      requestText: h.requestText,
      accessKeyId: h.credentials.accessKeyId,
      secretAccessKey: h.credentials.secretAccessKey,
      sessionToken: h.credentials.sessionToken,
      region: h.region,
      service: h.service,
      signingTime: h.signingTime,
      mode: h.mode,
      algorithm: 'sigv4',
      profile: h.profile,
      expires: String(DEFAULT_EXPIRES_SECONDS),
      tokenPlacement: 'signed',
      payload: 'hash',
    });
    get().setView('lab');
    return true;
  },
}));

export type { Focus } from './lab-slice';
export type { LabInputs, LabIssue, LabResult, LabField } from './lab-compute';
export type { VerifyOutcome } from './lab-verify';
export type { FilledMessage, StageCard, StageCards, Unavailable } from './stage-cards';
export { BIG_BODY, presignedOf } from './lab-compute';
export type { EchoIssue, EchoOutcome, PaintChoice, PaintOutcome, PaintSide, PaintValues, WhatIfOutcome } from './lab-diagnose';
// The diagram's functions are imported from './diagram' by the lab's own chunk: re-exported here they would load before first paint.
export type { DiagramEdge, DiagramEnd, DiagramSource, NodeState, PartStage } from './diagram';
export { curlHeaderNotes, curlNotesOf, plusParamsOf, queryPlusParams, requestPartRanges } from './lab-notes';
export type { CurlHeaderNotes, PartRange, PlusParam } from './lab-notes';
export { walkSteps, revealedStages } from './walkthrough';
export type { WalkStep } from './walkthrough';
export { FLOW_CLOCK, FLOW_SEED } from './flow-slice';
export { STORAGE_KEYS } from './prefs-slice';
export type { Theme } from './prefs-slice';
export { CHAPTERS } from './tour';
export type { Chapter, ChapterDrive } from './tour';
export { fromFragment, toFragment } from './url-state';
export { redactRequestSecrets } from './link-secrets';
export type { HeldLinkCredentials } from './link-slice';
export type { LinkState } from './url-state';
