/** The lab slice: inputs, the computed result, and the actions that recompute it (actions compute, components read). */
import type { StateCreator } from 'zustand';
import type { ExampleId } from '../content/examples';
import { IAM_LIST_USERS } from '../content/examples-first';
import { inferScope } from '../inputs';
import { amzDateOf, cardFor, headerValue, requestTime, type Origin, type RequestModel, type StageId } from '../sigv4';
import type { WhatIfId } from '../diagnose';
import { cancelHashing, hashInWorker } from './body-hasher';
import { loadingChunk } from './chunks';
import type { EcdsaCurve } from '../sigv4';
import type { AppState } from './index';
import type { EchoOutcome, PaintChoice, PaintOutcome, WhatIfOutcome } from './lab-diagnose';
import { BIG_BODY, computeLab, importLab, splitLargePaste, type BodyFile, type LabBody, type LabInputs, type LabResult } from './lab-compute';
import { readSignedOf } from './lab-signed';
import type { VerifiedTrace, VerifyOutcome } from './lab-verify';
import type { StageCards } from './stage-cards';
import { walkSteps } from './walkthrough';

/** The form fields the lab fills in from the request. */
type FilledField = 'region' | 'service' | 'signingTime' | 'accessKeyId' | 'secretAccessKey' | 'mode' | 'algorithm' | 'expires' | 'sessionToken' | 'tokenPlacement' | 'profile' | 'payload';

/**
 * Values the lab filled in from the request, remembered so a user's own edit is not overwritten;
 * `signature` names the signature they came from, for a request that carries one.
 */
type Derived = { readonly [K in FilledField]?: string } & { readonly signature?: string };

/** A highlighted origin: a range of the request text, or a form field. */
export type Focus = Origin | null;

/** The lab's state and actions. */
export interface LabSlice {
  readonly lab: {
    readonly inputs: LabInputs;
    readonly result: LabResult;
    /** What the stage cards draw: the result, or while a large body is being hashed the last complete one (shown dimmed, without values). */
    readonly drawn: LabResult;
    /** What each stage card draws, derived from the result, the drawn result and whether secrets are revealed; null until its builder is loaded. */
    readonly stages: StageCards | null;
    readonly derived: Derived;
    readonly focus: Focus;
    /** Walkthrough step (1..the algorithm's walkSteps().length), or null when every stage shows. */
    readonly walkStep: number | null;
    readonly playing: boolean;
    readonly verifyText: string;
    /** The verify panel's outcome: for its own paste, else for the lab's request when it carries a signature. */
    readonly verify: VerifyOutcome | null;
    /** A trace that produced the signature being verified, once one matched: what a later mismatch is compared with. */
    readonly verified: VerifiedTrace | null;
    readonly echoText: string;
    readonly echo: EchoOutcome | null;
    readonly whatIfs: readonly WhatIfId[];
    readonly whatIf: WhatIfOutcome | null;
    /** The diagram's node whose detail is shown beside it (a card stage of the mode). */
    readonly selected: StageId;
    /** What the diagram paints: the what-if last turned on, the echo last pasted, or the user's pick. */
    readonly paint: PaintChoice;
    readonly painting: PaintOutcome | null;
    readonly body: LabBody;
    /** SigV4a: bytes mixed into the signature's nonce, drawn at random when asked (AWS's signers do so); null for the reproducible nonce. */
    readonly nonce: Uint8Array | null;
    /** Hashing progress of a large body, and how long the worker took once done. */
    readonly hashing: { readonly done: number; readonly total: number; readonly ms: number | null } | null;
  };
  setBodyFile: (file: BodyFile | null) => void;
  /** SigV4a: signs again with a random nonce (`random`), or with the reproducible one. */
  setRandomNonce: (random: boolean) => void;
  /** Takes a dropped or chosen file as the body: a large one stays a Blob for the worker to read; a small one is read here. */
  takeBodyFile: (file: File) => void;
  setEchoText: (text: string) => void;
  toggleWhatIf: (id: WhatIfId, on: boolean) => void;
  /** Selects the diagram's node that shows a stage, opening its detail. */
  select: (id: StageId) => void;
  setPaint: (choice: PaintChoice) => void;
  setVerifyText: (text: string) => void;
  setRequestText: (text: string) => void;
  setLabField: <K extends Exclude<keyof LabInputs, 'requestText'>>(key: K, value: LabInputs[K]) => void;
  loadExample: (id: ExampleId) => void;
  /** Loads a whole set of inputs (an example's, a link's, the flow's hand-off), leaving any walkthrough. */
  loadSigning: (inputs: LabInputs) => void;
  setSigningTimeNow: (now?: Date) => void;
  setFocus: (focus: Focus) => void;
  /** Derives the stage cards again for the reveal state in force (their reproduce commands hold the secret only when revealed). */
  redrawStages: () => void;
  walkNext: () => void;
  walkPrev: () => void;
  walkPlay: (playing: boolean) => void;
  walkExit: () => void;
}

function hostOf(request: RequestModel): string | null {
  return headerValue(request, 'host') ?? request.authority?.text ?? null;
}

/**
 * Fills the form from what the request says. A request that carries its own signature fixes its
 * access key, scope, time, mode, lifetime and token: they replace the form's values whenever that
 * signature changes (never an example's or the previous values silently kept), and another key's
 * secret is cleared. Otherwise region, service, time and curl's credentials are filled in, each
 * unless the user changed it since.
 */
function autofill(inputs: LabInputs, derived: Derived, imported = importLab(inputs.requestText)): { inputs: LabInputs; derived: Derived } {
  const imp = imported.imported;
  if (!imp) return { inputs, derived };
  const signed = readSignedOf(imp.request);
  if (signed) {
    const key = JSON.stringify([signed.claim.signature, signed.values]);
    if (derived.signature === key) return { inputs, derived };
    // A secret belongs to one access key: the one in the form, or curl's -u, is kept only for the key that signed.
    const secret = [imp.credentials, inputs].find((c) => c?.accessKeyId === signed.values.accessKeyId)?.secretAccessKey ?? '';
    return { inputs: { ...inputs, ...signed.values, secretAccessKey: secret }, derived: { ...signed.values, signature: key } };
  }
  const host = hostOf(imp.request);
  const inferred = host ? inferScope(host) : null;
  const next: Record<string, string> = {};
  const want: Derived = {
    region: imp.scope?.region ?? inferred?.region,
    service: imp.scope?.service ?? inferred?.service,
    // As written, even when malformed: the lab reports it where it stands rather than sign with another time.
    signingTime: requestTime(imp.request)?.value,
    accessKeyId: imp.credentials?.accessKeyId,
    secretAccessKey: imp.credentials?.secretAccessKey,
    // A Multi-Region Access Point takes SigV4a; another AWS host, SigV4.
    algorithm: inferred ? (inferred.algorithm ?? 'sigv4') : undefined,
  };
  const nextDerived: Record<string, string | undefined> = {};
  for (const key of ['region', 'service', 'signingTime', 'accessKeyId', 'secretAccessKey', 'algorithm'] as const) {
    const value = want[key];
    nextDerived[key] = derived[key];
    if (value !== undefined && value !== derived[key]) {
      next[key] = value;
      nextDerived[key] = value;
    }
  }
  return { inputs: { ...inputs, ...next }, derived: nextDerived };
}

const initialInputs = IAM_LIST_USERS.inputs;
const initialResult = computeLab(initialInputs);

/**
 * The debugging computations (echo diff, what-ifs) are their own chunk, loaded the first time they
 * are needed: most visits never paste an echo or toggle a mistake, and the page paints sooner.
 */
type Diagnose = typeof import('./lab-diagnose');
let diagnose: Diagnose | null = null;
const loadDiagnose = (): Promise<Diagnose> => loadingChunk(import('./lab-diagnose').then((m) => (diagnose = m)));
/** The echo diff, the what-ifs and the painting of a result, once their chunk is here. */
function diagnosed(lab: LabSlice['lab'], result: LabResult, d: Diagnose | null = diagnose): Pick<LabSlice['lab'], 'echo' | 'whatIf' | 'painting'> {
  if (!d) return { echo: null, whatIf: null, painting: null };
  const echo = d.computeEcho(lab.echoText, result);
  return { echo, whatIf: d.computeWhatIf(lab.whatIfs, result), painting: d.computePainting(lab.paint, result, echo, { outcome: lab.verify, verified: lab.verified }) };
}
/**
 * What the diagram paints once the verification changed: a signed request that has just failed to
 * verify is painted at once (the doctor's answer); one that verifies again gives the diagram back.
 */
function paintAfterVerify(before: LabSlice['lab'], verify: VerifyOutcome | null): PaintChoice {
  const now = verify?.status === 'mismatch';
  if (now && before.verify?.status !== 'mismatch') return 'verify';
  if (!now && before.paint === 'verify') return fallbackPaint(before.whatIfs, before.echoText);
  return before.paint;
}
/** What the diagram paints once a what-if or the echo it painted is gone: the last what-if still on, else the echo, else nothing. */
const fallbackPaint = (whatIfs: readonly WhatIfId[], echoText: string): PaintChoice => whatIfs.at(-1) ?? (echoText.trim() === '' ? null : 'echo');
/** SigV4a's curve (P-256) comes with the diagnosis chunk, loaded the first time SigV4a is asked for: SigV4 never needs it. */
let curve: EcdsaCurve | null = null;
const loadCurve = (): Promise<EcdsaCurve> => loadDiagnose().then((m) => (curve = m.P256));
/** The stage cards' builder, with the reproduce commands it builds, is a chunk too: asked for at once, but not awaited by the first paint. */
type Cards = typeof import('./stage-cards');
let cards: Cards | null = null;
const loadCards = (): Promise<Cards> => loadingChunk(import('./stage-cards').then((m) => (cards = m)));

/** Creates the lab slice. */
export const createLabSlice: StateCreator<AppState, [], [], LabSlice> = (set, get) => {
  let jobKey: unknown = null;
  void loadCards().then(() => get().redrawStages());
  // One import per text: autofill and the computation read the same one (a 16 MB paste is parsed once).
  let lastImport: { text: string; imp: ReturnType<typeof importLab> } | null = null;
  const importOnce = (text: string) => (lastImport?.text === text ? lastImport.imp : (lastImport = { text, imp: importLab(text) }).imp);
  /**
   * The verify panel's outcome. Verification is part of the diagnosis chunk (the first paint verifies
   * nothing): while it loads there is no outcome yet, and once it is here everything is computed again.
   * A SigV4a signature waits for the curve the same way.
   */
  const verifyOf = (pasted: string, inputs: LabInputs, result: LabResult, verified: VerifiedTrace | null): { verify: VerifyOutcome | null; verified: VerifiedTrace | null } => {
    if (pasted.trim() === '' && !result.signed) return { verify: null, verified };
    if (!diagnose) {
      void loadDiagnose().then(() => update(get().lab.inputs));
      return { verify: null, verified };
    }
    const v = diagnose.labVerify(pasted, { requestText: inputs.requestText, result }, inputs.secretAccessKey, verified, curve);
    if (v.needsCurve) void loadCurve().then(() => update(get().lab.inputs));
    return { verify: v.verify, verified: v.verified };
  };
  /** Loads the diagnosis chunk (once) and computes the echo diff, the what-ifs and the painting with it. */
  const rediagnose = () => void loadDiagnose().then((d) => set((s) => ({ lab: { ...s.lab, ...diagnosed(s.lab, s.lab.result, d) } })));
  /** A painting waits for the diagnosis chunk: the first time one is asked for, the chunk is loaded and the painting computed. */
  const paintWhenLoaded = () => {
    if (!diagnose && get().lab.paint !== null) rediagnose();
  };
  const drawing = (result: LabResult, drawn: LabResult, s: AppState) => ({ drawn, stages: cards ? cards.stageCards(result, drawn, s.prefs.revealSecrets, s.lab.stages) : null });
  const update = (inputs: LabInputs, derived: Derived = get().lab.derived, body: LabBody = get().lab.body) => {
    const result = computeLab(inputs, [], body, importOnce(inputs.requestText), curve, get().lab.nonce);
    if (result.awaitingCurve) void loadCurve().then(() => update(get().lab.inputs));
    set((s) => {
      const verified = verifyOf(s.lab.verifyText, inputs, result, s.lab.verified);
      const lab = {
        ...s.lab,
        inputs,
        derived,
        body,
        result,
        ...drawing(result, result.pendingHash !== null && result.canonical === null ? s.lab.drawn : result, s),
        ...verified,
        paint: paintAfterVerify(s.lab, verified.verify),
        selected: cardFor(s.lab.selected, inputs.mode, inputs.algorithm),
      };
      return { lab: { ...lab, ...diagnosed(lab, result) } };
    });
    paintWhenLoaded();
    const pending = result.pendingHash;
    if (pending && pending.key !== jobKey) {
      jobKey = pending.key;
      set((s) => ({ lab: { ...s.lab, hashing: { done: 0, total: pending.size, ms: null } } }));
      hashInWorker(pending.source, {
        onProgress: (done, total) => set((s) => ({ lab: { ...s.lab, hashing: { done, total, ms: null } } })),
        onDone: (sha256, ms) => {
          if (jobKey !== pending.key) return;
          jobKey = null;
          set((s) => ({ lab: { ...s.lab, hashing: { done: pending.size, total: pending.size, ms } } }));
          update(get().lab.inputs, get().lab.derived, { ...get().lab.body, hash: { key: pending.key, sha256 } });
        },
      });
    }
  };
  return {
    lab: {
      inputs: initialInputs,
      result: initialResult,
      drawn: initialResult,
      stages: null,
      derived: autofill(initialInputs, {}).derived,
      focus: null,
      walkStep: null,
      playing: false,
      verifyText: '',
      verify: null,
      verified: null,
      body: { file: null, hash: null },
      hashing: null,
      nonce: null,
      echoText: '',
      echo: null,
      whatIfs: [],
      whatIf: null,
      selected: 'canonicalRequest',
      paint: null,
      painting: null,
    },
    setEchoText(text) {
      set((s) => {
        // A pasted echo is painted at once; a cleared one leaves the diagram to the what-ifs.
        const paint = text.trim() !== '' ? 'echo' : s.lab.paint === 'echo' ? fallbackPaint(s.lab.whatIfs, text) : s.lab.paint;
        return { lab: { ...s.lab, echoText: text, paint } };
      });
      void loadDiagnose().then((d) => {
        if (get().lab.echoText === text) set((s) => ({ lab: { ...s.lab, ...diagnosed(s.lab, s.lab.result, d) } }));
      });
    },
    toggleWhatIf(id, on) {
      set((s) => {
        const whatIfs = on ? [...s.lab.whatIfs.filter((w) => w !== id), id] : s.lab.whatIfs.filter((w) => w !== id);
        // The what-if turned on is painted; turning the painted one off paints the one before it.
        const paint = on ? id : s.lab.paint === id ? fallbackPaint(whatIfs, s.lab.echoText) : s.lab.paint;
        return { lab: { ...s.lab, whatIfs, paint } };
      });
      rediagnose();
    },
    select(id) {
      set((s) => ({ lab: { ...s.lab, selected: cardFor(id, s.lab.inputs.mode, s.lab.inputs.algorithm) } }));
    },
    setPaint(paint) {
      set((s) => ({ lab: { ...s.lab, paint } }));
      rediagnose();
    },
    setRandomNonce(random) {
      set((s) => ({ lab: { ...s.lab, nonce: random ? crypto.getRandomValues(new Uint8Array(32)) : null } }));
      update(get().lab.inputs);
    },
    setBodyFile(file) {
      // A removed or replaced body's job ends with its worker, and with it the bytes the worker read.
      cancelHashing();
      jobKey = null;
      set((s) => ({ lab: { ...s.lab, hashing: null } }));
      update(get().lab.inputs, get().lab.derived, { file, hash: null });
    },
    takeBodyFile(file) {
      if (file.size >= BIG_BODY) get().setBodyFile({ name: file.name, size: file.size, bytes: null, blob: file });
      else void file.arrayBuffer().then((buf) => get().setBodyFile({ name: file.name, size: file.size, bytes: new Uint8Array(buf), blob: null }));
    },
    setVerifyText(text) {
      set((s) => {
        const verified = verifyOf(text, s.lab.inputs, s.lab.result, s.lab.verified);
        const lab = { ...s.lab, verifyText: text, ...verified, paint: paintAfterVerify(s.lab, verified.verify) };
        return { lab: { ...lab, ...diagnosed(lab, lab.result) } };
      });
      paintWhenLoaded();
    },
    setRequestText(text) {
      const split = splitLargePaste(text);
      if (split) {
        const inputs = { ...get().lab.inputs, requestText: split.head };
        const filled = autofill(inputs, get().lab.derived, importOnce(split.head));
        set((s) => ({ lab: { ...s.lab, hashing: null } }));
        update(filled.inputs, filled.derived, { file: { name: '', size: split.body.length, bytes: split.body, blob: null }, hash: null });
        return;
      }
      const filled = autofill({ ...get().lab.inputs, requestText: text }, get().lab.derived, importOnce(text));
      update(filled.inputs, filled.derived);
    },
    setLabField(key, value) {
      update({ ...get().lab.inputs, [key]: value });
    },
    loadExample(id) {
      // The starting point is at hand; the other examples load with their chunk (the first paint carries none of them).
      if (id === IAM_LIST_USERS.id) get().loadSigning(IAM_LIST_USERS.inputs);
      else void loadingChunk(import('../content/examples')).then((m) => get().loadSigning(m.EXAMPLES[id].inputs));
    },
    loadSigning(inputs) {
      set((s) => ({ lab: { ...s.lab, walkStep: null, playing: false, focus: null, hashing: null, nonce: null } }));
      update(inputs, autofill(inputs, {}).derived, { file: null, hash: null });
    },
    setSigningTimeNow(now = new Date()) {
      const t = amzDateOf(now);
      if (t) update({ ...get().lab.inputs, signingTime: t });
    },
    setFocus(focus) {
      set((s) => ({ lab: { ...s.lab, focus } }));
    },
    redrawStages() {
      set((s) => ({ lab: { ...s.lab, ...drawing(s.lab.result, s.lab.drawn, s) } }));
    },
    // The walkthrough opens the detail of the stage each step computes.
    walkNext() {
      set((s) => {
        const steps = walkSteps(s.lab.inputs.algorithm);
        const step = Math.min((s.lab.walkStep ?? 0) + 1, steps.length);
        return { lab: { ...s.lab, walkStep: step, playing: s.lab.playing && step < steps.length, selected: steps[step - 1]?.stage ?? s.lab.selected } };
      });
    },
    walkPrev() {
      set((s) => {
        const step = Math.max((s.lab.walkStep ?? 1) - 1, 0);
        return { lab: { ...s.lab, walkStep: step, playing: false, selected: walkSteps(s.lab.inputs.algorithm)[step - 1]?.stage ?? s.lab.selected } };
      });
    },
    walkPlay(playing) {
      set((s) => {
        const restart = playing && (s.lab.walkStep === null || s.lab.walkStep >= walkSteps(s.lab.inputs.algorithm).length);
        return { lab: { ...s.lab, playing, walkStep: restart ? 0 : s.lab.walkStep } };
      });
    },
    walkExit() {
      set((s) => ({ lab: { ...s.lab, walkStep: null, playing: false } }));
    },
  };
};
