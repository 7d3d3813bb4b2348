/**
 * Playback as a pure state machine (architecture practice 9): reducers take a state (and the flow
 * where the answer depends on it) and return the next state; an unchanged state is returned as is,
 * so a store can skip re-rendering. The UI owns the timer: it calls `tick` every `tickMs(state)`.
 */
import type { Flow } from './types';

/** Where playback stands. */
export interface FlowState {
  /** 0 before the first step, then 1..stepCount. */
  readonly step: number;
  /** The exchange of the current step being shown while playing (0-based). */
  readonly exchange: number;
  readonly playing: boolean;
  /** Playback speed factor, 0.25 to 4. */
  readonly speed: number;
}

/** The slowest and fastest speed factors. */
export const SPEED_RANGE = { min: 0.25, max: 4 } as const;

/** Milliseconds per tick at speed 1. */
export const BASE_TICK_MS = 1200;

/** The state before anything plays. */
export const INITIAL_FLOW_STATE: FlowState = { step: 0, exchange: 0, playing: false, speed: 1 };

const same = (a: FlowState, b: FlowState): boolean => a.step === b.step && a.exchange === b.exchange && a.playing === b.playing && a.speed === b.speed;
const keep = (state: FlowState, next: FlowState): FlowState => (same(state, next) ? state : next);

/** One step forward; at the last step it stops (and stops playing). */
export function next(state: FlowState, flow: Flow): FlowState {
  if (state.step >= flow.stepCount) return keep(state, { ...state, step: flow.stepCount, exchange: 0, playing: false });
  return { ...state, step: state.step + 1, exchange: 0 };
}

/** One step back, down to 0. */
export function prev(state: FlowState): FlowState {
  return keep(state, { ...state, step: Math.max(0, state.step - 1), exchange: 0 });
}

/** Back to before the first step; playing and speed are kept, so a playing flow plays again. */
export function restart(state: FlowState): FlowState {
  return keep(state, { ...state, step: 0, exchange: 0 });
}

/** To step `n`, clamped to 0..stepCount (a non-integer is rounded down). */
export function jump(state: FlowState, flow: Flow, n: number): FlowState {
  const step = Number.isFinite(n) ? Math.min(flow.stepCount, Math.max(0, Math.floor(n))) : state.step;
  return keep(state, { ...state, step, exchange: 0 });
}

/** Start playing; from the end, start over. */
export function play(state: FlowState, flow: Flow): FlowState {
  const atEnd = state.step >= flow.stepCount && state.exchange >= lastExchange(flow, state.step);
  return keep(state, { ...state, ...(atEnd ? { step: 0, exchange: 0 } : {}), playing: true });
}

/** Stop playing where it is. */
export function pause(state: FlowState): FlowState {
  return keep(state, { ...state, playing: false });
}

/** Set the speed, clamped to SPEED_RANGE. */
export function setSpeed(state: FlowState, speed: number): FlowState {
  const s = Number.isFinite(speed) ? Math.min(SPEED_RANGE.max, Math.max(SPEED_RANGE.min, speed)) : state.speed;
  return keep(state, { ...state, speed: s });
}

/** The index of a step's last exchange (0 for step 0 or a step without exchanges). */
function lastExchange(flow: Flow, step: number): number {
  const s = flow.steps[step - 1];
  return s ? Math.max(0, s.exchanges.length - 1) : 0;
}

/**
 * One beat while playing: the next exchange of the step, else the next step; after the last
 * exchange of the last step playing stops. Paused: unchanged.
 */
export function tick(state: FlowState, flow: Flow): FlowState {
  if (!state.playing) return state;
  if (state.step === 0) return flow.stepCount === 0 ? { ...state, playing: false } : { ...state, step: 1, exchange: 0 };
  if (state.exchange < lastExchange(flow, state.step)) return { ...state, exchange: state.exchange + 1 };
  if (state.step < flow.stepCount) return { ...state, step: state.step + 1, exchange: 0 };
  return { ...state, playing: false };
}

/** How long the UI waits between ticks at the state's speed. */
export function tickMs(state: FlowState): number {
  return Math.round(BASE_TICK_MS / state.speed);
}

/** How long a step's message takes to travel its edge at speed 1, ms: well inside a tick, so it arrives before the next step. */
export const BASE_TRAVEL_MS = 800;

/** How long the current step's message travels at the state's speed before it arrives. */
export function travelMs(state: FlowState): number {
  return Math.round(BASE_TRAVEL_MS / state.speed);
}
