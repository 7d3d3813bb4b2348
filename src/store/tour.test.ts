/** The tour's chapters drive the store; next and previous step through flow steps between chapters on one flow. */
import { describe, expect, it } from 'vitest';
import { CHAPTERS, useStore } from './index';

describe('tour', () => {
  it('presenter keys go through every chapter, stepping the flow in between', () => {
    const s = () => useStore.getState();
    s().tourGo(0);
    const seen: string[] = [];
    for (let i = 0; i < 40 && s().tour.chapter < CHAPTERS.length; i++) {
      s().presentNext();
      seen.push(`${s().tour.chapter}:${s().flow.state.step}`);
    }
    // Chapter 3 is at step 1 and chapter 4 at step 3: step 2 is passed on the way.
    expect(seen).toContain('3:2');
    expect(s().tour.chapter).toBe(CHAPTERS.length);
    expect(s().flow.state.step).toBe(6);
  });

  it('the authorization chapter shows the talk’s request in the lab', () => {
    useStore.getState().tourGo(CHAPTERS.findIndex((c) => c.id === 'authorization') + 1);
    expect(useStore.getState().lab.result.trace?.stages.signature.text).toBe('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7');
    expect(useStore.getState().prefs.view).toBe('lab');
  });

  it('presenter previous steps back through the flow before leaving the chapter; the Next button goes by chapter', () => {
    const s = () => useStore.getState();
    s().tourGo(3);
    s().presentNext();
    expect([s().tour.chapter, s().flow.state.step]).toEqual([3, 2]);
    s().presentPrev();
    expect([s().tour.chapter, s().flow.state.step]).toEqual([3, 1]);
    s().presentPrev();
    expect(s().tour.chapter).toBe(2);
    s().tourNext();
    expect(s().tour.chapter).toBe(3);
  });
});
