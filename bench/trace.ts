/**
 * Script time per frame, from a Chromium performance trace of the page's main thread: the time
 * spent running JavaScript (event handlers, timers, animation-frame callbacks, microtasks, module
 * evaluation) between one main-thread frame and the next. Nested script events are counted once.
 */
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

/** The trace events that run script on the main thread (the Performance panel's "Scripting"). */
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'RunMicrotasks', 'v8.evaluateModule', 'V8.Execute']);

/** A trace being recorded; `stop` ends it and gives the script milliseconds of each frame drawn meanwhile. */
export interface Recording {
  stop(): Promise<number[]>;
}

/** Starts recording the page's timeline (frames and script). */
export async function record(page: Page): Promise<Recording> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline.frame,v8.execute',
    transferMode: 'ReturnAsStream',
  });
  return {
    async stop() {
      const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
      await cdp.send('Tracing.end');
      const events = JSON.parse(await readStream(cdp, await done)) as { traceEvents: TraceEvent[] };
      await cdp.detach();
      return scriptPerFrame(events.traceEvents);
    },
  };
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

/**
 * The renderer's main thread is the CrRendererMain that began the most frames; each frame runs from
 * one BeginMainThreadFrame to the next, and its script time is the union of the script events
 * that start in it (in ms).
 */
export function scriptPerFrame(events: readonly TraceEvent[]): number[] {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const begins = new Map<string, number[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'BeginMainThreadFrame' && mains.has(key)) begins.set(key, [...(begins.get(key) ?? []), e.ts]);
  }
  const [main, starts] = [...begins].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  if (starts.length < 2) return [];
  const spans = events
    .filter((e) => e.ph === 'X' && SCRIPT.has(e.name) && `${e.pid}:${e.tid}` === main && e.dur !== undefined)
    .map((e) => [e.ts, e.ts + e.dur!] as const)
    .sort((a, b) => a[0] - b[0]);
  const perFrame = new Array<number>(starts.length - 1).fill(0);
  let frame = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue; // inside a span already counted
    const start = Math.max(from, end);
    while (frame < starts.length - 1 && start >= starts[frame + 1]!) frame++;
    if (start >= starts[0]! && start < starts.at(-1)!) perFrame[frame]! += (to - start) / 1000;
    end = to;
  }
  return perFrame;
}
