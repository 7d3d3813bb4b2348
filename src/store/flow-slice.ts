/** The credential-flow slice: scenario, the role's trust and permission policies in force, the built flow and its playback state. */
import type { StateCreator } from 'zustand';
import {
  buildFlow,
  defaultPermissionPolicy,
  defaultTrustPolicy,
  INITIAL_FLOW_STATE,
  jump,
  next,
  pause,
  play,
  policyInForce,
  prev,
  restart,
  scenarioById,
  setSpeed,
  tick,
  tryParsePolicy,
  type Flow,
  type FlowState,
  type FlowVariants,
  type LayoutId,
  type PolicyError,
  type ScenarioId,
  type ValidPolicy,
} from '../flow';
import { DEFAULT_REGION } from '../sigv4';

/** Fixed inputs of the simulation: a seed and a clock make every generated value explainable (practice 4). */
export const FLOW_SEED = 'iam-role-journey';
/** The simulated clock: credentials expire one hour after it. */
export const FLOW_CLOCK = '2026-11-29T09:00:00Z';

/** The flow slice. */
export interface FlowSlice {
  readonly flow: {
    readonly scenarioId: ScenarioId;
    readonly variants: FlowVariants;
    /** What the editor holds (may be invalid). */
    readonly policyText: string;
    /** The last valid policy, which the flow runs with. */
    readonly inForce: ValidPolicy;
    readonly policyError: PolicyError | null;
    /** The role's permission policy, held like the trust policy: the editor's text, the last valid one, its error. */
    readonly permissionText: string;
    readonly permissionInForce: ValidPolicy;
    readonly permissionError: PolicyError | null;
    readonly model: Flow;
    readonly state: FlowState;
    /** How the graph is drawn: the reading layout or the talk's own slide. */
    readonly layout: LayoutId;
    /**
     * The current step's message on its way: sent when the step became current (`sent` counts the
     * sends), arrived when the UI's timer says its travel is over (at once under reduced motion).
     */
    readonly delivery: Delivery;
  };
  setScenario: (id: ScenarioId) => void;
  setFlowVariants: (variants: FlowVariants) => void;
  setPolicyText: (text: string) => void;
  setPermissionText: (text: string) => void;
  flowNext: () => void;
  flowPrev: () => void;
  flowRestart: () => void;
  flowPlay: () => void;
  flowPause: () => void;
  flowTick: () => void;
  flowJump: (step: number) => void;
  flowSpeed: (speed: number) => void;
  /** The message of send `sent` has arrived (a later send is left travelling). */
  flowArrive: (sent: number) => void;
  setFlowLayout: (layout: LayoutId) => void;
}

/** Where the current step's message is. */
export interface Delivery {
  readonly step: number;
  readonly sent: number;
  readonly arrived: boolean;
}

/** The delivery after a state change: a new step sends its message again; step 0 has none to wait for. */
function deliveryFor(d: Delivery, state: FlowState): Delivery {
  return state.step === d.step ? d : { step: state.step, sent: d.sent + 1, arrived: state.step === 0 };
}

function validDefault(id: ScenarioId): ValidPolicy {
  const text = defaultTrustPolicy(scenarioById(id), DEFAULT_REGION);
  const r = tryParsePolicy(text);
  if (!r.ok) throw r.error;
  return { text, policy: r.policy };
}

function defaultPermission(): ValidPolicy {
  const text = defaultPermissionPolicy();
  const r = tryParsePolicy(text, 'permission');
  if (!r.ok) throw r.error;
  return { text, policy: r.policy };
}

function build(id: ScenarioId, variants: FlowVariants, policy: ValidPolicy, permission: ValidPolicy): Flow {
  return buildFlow(id, { seed: FLOW_SEED, clock: FLOW_CLOCK, trustPolicyText: policy.text, permissionPolicyText: permission.text, ...variants });
}

/** Creates the flow slice, starting with the default IMDSv2 scenario at step 0. */
export const createFlowSlice: StateCreator<FlowSlice, [], [], FlowSlice> = (set, get) => {
  const initial = validDefault('imdsv2');
  const permission = defaultPermission();
  type Flows = FlowSlice['flow'];
  /** The flow with `patch` applied, its delivery following its step. */
  const put = (f: Flows, patch: Partial<Flows>): Pick<FlowSlice, 'flow'> => {
    const flow = { ...f, ...patch };
    return { flow: { ...flow, delivery: deliveryFor(f.delivery, flow.state) } };
  };
  const step = (f: (state: FlowState, model: Flow) => FlowState) =>
    set((s) => {
      const state = f(s.flow.state, s.flow.model);
      return state === s.flow.state ? s : put(s.flow, { state });
    });
  return {
    flow: {
      scenarioId: 'imdsv2',
      variants: {},
      policyText: initial.text,
      inForce: initial,
      policyError: null,
      permissionText: permission.text,
      permissionInForce: permission,
      permissionError: null,
      model: build('imdsv2', {}, initial, permission),
      state: INITIAL_FLOW_STATE,
      layout: 'graph',
      delivery: { step: 0, sent: 0, arrived: true },
    },
    setScenario(id) {
      const inForce = validDefault(id);
      // A scenario is another role: its policies start from their defaults again.
      const p = defaultPermission();
      const policies = { policyText: inForce.text, inForce, policyError: null, permissionText: p.text, permissionInForce: p, permissionError: null };
      set((s) => put(s.flow, { scenarioId: id, variants: {}, ...policies, model: build(id, {}, inForce, p), state: { ...restart(s.flow.state), playing: false } }));
    },
    setFlowVariants(variants) {
      const f = get().flow;
      const model = build(f.scenarioId, variants, f.inForce, f.permissionInForce);
      set((s) => put(s.flow, { variants, model, state: jump(s.flow.state, model, s.flow.state.step) }));
    },
    setPolicyText(text) {
      const f = get().flow;
      const edit = policyInForce(f.inForce, text);
      const model = edit.inForce === f.inForce ? f.model : build(f.scenarioId, f.variants, edit.inForce, f.permissionInForce);
      set((s) => put(s.flow, { policyText: text, inForce: edit.inForce, policyError: edit.error ?? null, model, state: jump(s.flow.state, model, s.flow.state.step) }));
    },
    setPermissionText(text) {
      const f = get().flow;
      const edit = policyInForce(f.permissionInForce, text, 'permission');
      const model = edit.inForce === f.permissionInForce ? f.model : build(f.scenarioId, f.variants, f.inForce, edit.inForce);
      set((s) => put(s.flow, { permissionText: text, permissionInForce: edit.inForce, permissionError: edit.error ?? null, model, state: jump(s.flow.state, model, s.flow.state.step) }));
    },
    flowNext: () => step((st, m) => next(st, m)),
    flowPrev: () => step((st) => prev(st)),
    flowRestart: () => step((st) => restart(st)),
    flowPlay: () => step((st, m) => play(st, m)),
    flowPause: () => step((st) => pause(st)),
    flowTick: () => step((st, m) => tick(st, m)),
    flowJump: (n) => step((st, m) => jump(st, m, n)),
    flowSpeed: (speed) => step((st) => setSpeed(st, speed)),
    flowArrive(sent) {
      set((s) => (s.flow.delivery.sent !== sent || s.flow.delivery.arrived ? s : { flow: { ...s.flow, delivery: { ...s.flow.delivery, arrived: true } } }));
    },
    setFlowLayout(layout) {
      set((s) => (s.flow.layout === layout ? s : { flow: { ...s.flow, layout } }));
    },
  };
};
