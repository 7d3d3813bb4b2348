// @vitest-environment jsdom
/**
 * useAfterFrame: a new value is taken only once the animation frame after it has run (and a
 * message after that frame), values that change faster collapse into the last, and nothing is
 * taken after the component is gone.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterFrame } from './useAfterFrame';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let frames: Map<number, FrameRequestCallback>;
let nextId: number;

/** Runs the animation frames asked for so far, then lets the messages they post arrive. */
async function drawFrame(): Promise<void> {
  const due = [...frames.values()];
  frames.clear();
  await act(async () => {
    for (const f of due) f(performance.now());
    await new Promise((r) => setTimeout(r, 20));
  });
}

const seen: string[] = [];
function Shows({ value }: { value: string }) {
  const shown = useAfterFrame(value);
  seen.push(shown);
  return <span>{shown}</span>;
}

describe('useAfterFrame', () => {
  beforeEach(() => {
    frames = new Map();
    nextId = 1;
    seen.length = 0;
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
      frames.set(nextId, f);
      return nextId++;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the first value at once, and a new one only after the next frame is drawn', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => root.render(<Shows value="a" />));
    expect(host.textContent).toBe('a');
    expect(frames.size).toBe(0);
    act(() => root.render(<Shows value="b" />));
    expect(host.textContent).toBe('a');
    expect(frames.size).toBe(1);
    // Before the frame's message arrives, the old value stays.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(host.textContent).toBe('a');
    await drawFrame();
    expect(host.textContent).toBe('b');
    expect(frames.size).toBe(0);
    act(() => root.unmount());
  });

  it('collapses values that change faster than frames into the last one', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => root.render(<Shows value="a" />));
    act(() => root.render(<Shows value="b" />));
    act(() => root.render(<Shows value="c" />));
    act(() => root.render(<Shows value="d" />));
    // Each new value cancels the frame the one before asked for.
    expect(frames.size).toBe(1);
    await drawFrame();
    expect(host.textContent).toBe('d');
    expect(seen).not.toContain('b');
    expect(seen).not.toContain('c');
    act(() => root.unmount());
  });

  it('takes nothing once unmounted', async () => {
    const host = document.createElement('div');
    const root = createRoot(host);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    act(() => root.render(<Shows value="a" />));
    act(() => root.render(<Shows value="b" />));
    expect(frames.size).toBe(1);
    act(() => root.unmount());
    expect(frames.size).toBe(0);
    await drawFrame();
    expect(seen.at(-1)).toBe('a');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
