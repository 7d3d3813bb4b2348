import { describe, expect, it } from 'vitest';
import { buildFlow } from './build-flow';
import { INITIAL_FLOW_STATE, jump, next, pause, play, prev, restart, setSpeed, tick, tickMs, type FlowState } from './playback';

const eight = buildFlow('imdsv2', { seed: 1, clock: '2024-01-15T12:00:00Z' });
const one = buildFlow('no-instance-profile', { seed: 1, clock: '2024-01-15T12:00:00Z' });
const at = (step: number, extra: Partial<FlowState> = {}): FlowState => ({ ...INITIAL_FLOW_STATE, step, ...extra });

describe('playback', () => {
  it('starts before the first step', () => {
    expect(INITIAL_FLOW_STATE).toEqual({ step: 0, exchange: 0, playing: false, speed: 1 });
  });
  it('next advances exactly one step and stops at the last', () => {
    let s = INITIAL_FLOW_STATE;
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      s = next(s, eight);
      seen.push(s.step);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 8, 8]);
    expect(next(at(1), one).step).toBe(1);
    const end = at(8);
    expect(next(end, eight)).toBe(end);
    expect(next(at(8, { playing: true }), eight).playing).toBe(false);
  });
  it('prev goes back one step, down to 0', () => {
    expect(prev(at(3, { exchange: 2 }))).toEqual(at(2));
    expect(prev(at(0))).toEqual(at(0));
  });
  it('restart returns to step 0, keeping speed and play', () => {
    expect(restart(at(5, { exchange: 1, speed: 2, playing: true }))).toEqual(at(0, { speed: 2, playing: true }));
    const zero = at(0);
    expect(restart(zero)).toBe(zero);
  });
  it('jump goes to a step, clamped', () => {
    expect(jump(at(0), eight, 4).step).toBe(4);
    expect(jump(at(0), eight, 99).step).toBe(8);
    expect(jump(at(3), eight, -2).step).toBe(0);
    expect(jump(at(3), eight, 2.7).step).toBe(2);
    expect(jump(at(3), eight, Number.NaN).step).toBe(3);
  });
  it('tick walks every exchange of every step while playing, then stops', () => {
    let s = play(INITIAL_FLOW_STATE, eight);
    const beats: string[] = [];
    for (let i = 0; i < 40 && s.playing; i++) {
      s = tick(s, eight);
      beats.push(`${s.step}.${s.exchange}`);
    }
    const expected = eight.steps.flatMap((st) => st.exchanges.map((_e, i) => `${st.number}.${i}`));
    expect(beats).toEqual([...expected, expected.at(-1)]);
    expect(s.playing).toBe(false);
  });
  it('tick does nothing while paused', () => {
    const s = at(2);
    expect(tick(s, eight)).toBe(s);
    expect(pause(play(s, eight))).toEqual(s);
  });
  it('play at the end starts over', () => {
    const end = at(8, { exchange: eight.steps[7]!.exchanges.length - 1 });
    expect(play(end, eight)).toEqual(at(0, { playing: true }));
    expect(play(at(3), eight)).toEqual(at(3, { playing: true }));
  });
  it('speed is clamped and sets the tick interval', () => {
    expect(setSpeed(at(0), 2).speed).toBe(2);
    expect(setSpeed(at(0), 100).speed).toBe(4);
    expect(setSpeed(at(0), 0).speed).toBe(0.25);
    expect(tickMs(at(0, { speed: 2 }))).toBe(600);
  });
});
