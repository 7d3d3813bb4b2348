/**
 * Browser figures of the scenes (issue "scenes, not a scroll"), in headless Chromium without the
 * 60 Hz cap: the flow's playback at 1920x1080 with motion on, as script time per frame from a
 * performance trace and as the uncapped frame time, each beside its peer measured in the same run
 * (the same playback with reduced motion: the same steps, no travel); the share of the viewport the
 * graph takes at 1280x800; and the layout shift of switching views.
 */
import type { Page } from '@playwright/test';
import { countFrames, percentile, withApp } from './browser';
import { fixed, table } from './report';
import { record } from './trace';

/** Frames as fast as the machine draws them: no vsync, no frame-rate limit. */
const UNCAPPED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

interface Playback {
  readonly seconds: number;
  readonly script: number[];
  readonly frames: number[];
}

/**
 * Two full playbacks of the default scenario from its start: one traced for script time, one with
 * a frame counter (whose own animation-frame callbacks would otherwise count as the page's script).
 */
async function playback(page: Page, motion: 'no-preference' | 'reduce'): Promise<Playback> {
  await page.emulateMedia({ reducedMotion: motion });
  const once = async (watch: () => Promise<() => Promise<unknown>>) => {
    await page.goto(page.url().replace(/#.*$/, ''));
    await page.getByTestId('flow-node-sts').waitFor();
    await page.waitForTimeout(500);
    const stop = await watch();
    const started = Date.now();
    await page.getByTestId('flow-play').click();
    // Polled every 250 ms, not every frame: a per-frame poll would be script in every frame measured.
    await page.waitForFunction(() => document.querySelector('[data-testid=flow-pause]')?.hasAttribute('disabled'), null, { timeout: 120_000, polling: 250 });
    // The last step's message arrives after the playing stops.
    await page.waitForFunction(() => document.querySelector('[data-testid=flow-message]')?.getAttribute('data-arrived') === 'true', null, { timeout: 10_000, polling: 250 });
    return { seconds: (Date.now() - started) / 1000, result: await stop() };
  };
  const traced = await once(async () => {
    const recording = await record(page);
    return () => recording.stop();
  });
  const counted = await once(() => countFrames(page));
  return { seconds: traced.seconds, script: traced.result as number[], frames: counted.result as number[] };
}

/** The graph's box over the viewport's, at step 0 of the default scenario. */
async function graphShare(page: Page): Promise<number> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(page.url().replace(/#.*$/, ''));
  await page.getByTestId('flow-node-sts').waitFor();
  await page.waitForTimeout(300);
  return page.evaluate<number>(`(() => {
    const r = document.querySelector('[data-testid="flow-graph"]').getBoundingClientRect();
    return (r.width * r.height) / (innerWidth * innerHeight);
  })()`);
}

interface Shift {
  readonly total: number;
  readonly withoutInput: number;
  readonly entries: number;
}

/** Switches flow → lab → flow three times at 1280x800 and sums every layout shift meanwhile. */
async function switchShift(page: Page): Promise<Shift> {
  await page.evaluate(`(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__shifts.push([e.value, e.hadRecentInput]))).observe({ type: 'layout-shift' });
  })()`);
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('view-lab').click();
    await page.getByTestId('authorization-header').waitFor({ state: 'attached' });
    await page.waitForTimeout(800);
    await page.getByTestId('view-flow').click();
    await page.getByTestId('flow-node-sts').waitFor();
    await page.waitForTimeout(800);
  }
  const shifts = await page.evaluate<[number, boolean][]>(`window.__shifts`);
  const sum = (xs: [number, boolean][]) => xs.reduce((a, [v]) => a + v, 0);
  return { total: sum(shifts), withoutInput: sum(shifts.filter(([, input]) => !input)), entries: shifts.length };
}

/** Runs the scenes' browser figures and prints them. */
export async function scenesSection(): Promise<Record<string, number>> {
  return withApp(
    async (page) => {
      const share = await graphShare(page);
      const shift = await switchShift(page);
      await page.setViewportSize({ width: 1920, height: 1080 });
      const moving = await playback(page, 'no-preference');
      const reduced = await playback(page, 'reduce');
      // Many frames run no script at all; the p95 is taken over the frames that do.
      const working = (p: Playback) => p.script.filter((ms) => ms > 0);
      const perSecond = (p: Playback) => p.script.reduce((a, b) => a + b, 0) / p.seconds;
      const scriptP95 = percentile(working(moving), 95);
      const reducedP95 = percentile(working(reduced), 95);
      const frameP95 = percentile(moving.frames, 95);
      const reducedFrameP95 = percentile(reduced.frames, 95);
      console.log(
        table(
          ['figure, full playback of imdsv2 at 1920x1080', 'motion on', 'peer: reduced motion (same run)', 'ratio', 'goal'],
          [
            [
              'frame time p95 without the 60 Hz cap',
              `${fixed(frameP95, 2)} ms (${moving.frames.length} frames in ${fixed(moving.seconds, 1)} s)`,
              `${fixed(reducedFrameP95, 2)} ms (${reduced.frames.length} frames in ${fixed(reduced.seconds, 1)} s)`,
              fixed(frameP95 / reducedFrameP95, 2),
              '≤ 16.7 ms',
            ],
            [
              'script time per frame p95, frames that run script',
              `${fixed(scriptP95, 2)} ms (${working(moving).length} frames)`,
              `${fixed(reducedP95, 2)} ms (${working(reduced).length} frames)`,
              fixed(scriptP95 / reducedP95, 2),
              '≤ 16.7 ms',
            ],
            ['script time per frame, max', `${fixed(Math.max(...moving.script), 1)} ms`, `${fixed(Math.max(...reduced.script), 1)} ms`, '', ''],
            ['script time per second of playback', `${fixed(perSecond(moving), 1)} ms`, `${fixed(perSecond(reduced), 1)} ms`, fixed(perSecond(moving) / perSecond(reduced), 2), ''],
          ],
        ),
      );
      console.log(
        '\n' +
          table(
            ['figure, 1280x800', 'value', 'goal'],
            [
              ['share of the viewport the graph takes (step 0 of imdsv2)', fixed(share, 3), '≥ 0.5'],
              [`layout shift, switching flow → lab → flow three times (${shift.entries} shifts; ${fixed(shift.withoutInput, 4)} of it not right after a click)`, fixed(shift.total, 4), '≤ 0.01'],
            ],
          ),
      );
      return {
        flowScriptP95Ms1920: scriptP95,
        flowScriptRatioToReducedMotion: scriptP95 / reducedP95,
        flowUncappedFrameP95Ms1920: frameP95,
        flowFrameRatioToReducedMotion: frameP95 / reducedFrameP95,
        graphViewportShare1280: share,
        viewSwitchLayoutShift: shift.total,
      };
    },
    { width: 1280, height: 800, args: UNCAPPED },
  );
}
