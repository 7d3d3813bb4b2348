/**
 * Browser figures of the lab as one picture (issue "the signature as a picture"), in headless
 * Chromium at 1280x800 without the 60 Hz cap (so a frame is drawn as soon as it is ready, and the
 * figure is the work, not the wait for the next vsync): keystroke → the next frame drawn with the
 * diagram and the detail updated, for a 4 KB and a 64 KB request.
 *
 * Each keystroke is timed from its keydown event's time stamp to the message posted from the first
 * animation frame after the signature's value changed: that message runs once the frame is drawn.
 * The peer, in the same page and the same run, is the floor: the same keystrokes into a textarea
 * that nothing listens to (the browser's own input → frame).
 */
import type { Page } from '@playwright/test';
import { percentile, withApp } from './browser';
import { fixed, table } from './report';

const KEYSTROKES = 60;
const UNCAPPED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

/** A POST of about `bytes` bytes: headers plus a JSON body of items. */
export function jsonRequest(bytes: number): string {
  const head = 'POST /2015-03-31/functions/my-function/invocations HTTP/1.1\nHost: lambda.us-east-2.amazonaws.com\nContent-Type: application/json\nX-Amz-Target: Demo\n\n';
  const items: string[] = [];
  let size = head.length + 12;
  for (let i = 0; size < bytes; i++) {
    const item = `{"id":${i},"name":"item-${i}","tags":["a","b"]}`;
    items.push(item);
    size += item.length + 1;
  }
  return `${head}{"items":[${items.join(',')}]}`;
}

// Strings, not functions: the bench runs under tsx, whose name-keeping helpers do not exist in the page.
const INSTALL = `(() => {
  const w = window;
  w.__lat = [];
  w.__watch = (selector, watched) => {
    const el = document.querySelector(selector);
    const onKey = (e) => {
      const t0 = e.timeStamp;
      const target = watched ? document.querySelector(watched) : null;
      const before = target ? target.getAttribute('data-value') : null;
      const tick = () => requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const now = target ? document.querySelector(watched)?.getAttribute('data-value') : null;
          if (target && now === before) tick();
          else w.__lat.push(performance.now() - t0);
        };
        ch.port2.postMessage(0);
      });
      tick();
    };
    el.addEventListener('keydown', onKey, { capture: true });
    w.__unwatch = () => el.removeEventListener('keydown', onKey, { capture: true });
  };
})()`;

/**
 * Puts `text` into the textarea `selector` as a user does, by pasting it over what is there. Not with
 * Playwright's fill: its insertText leaves Chromium's textarea in a state where every later keystroke
 * lays the text out about four times as long (27 ms against 7 for 64 KB in a bare textarea), which
 * no paste, drop or typing produces.
 */
async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(selector).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(([sel, len]) => document.querySelector<HTMLTextAreaElement>(sel)?.value.length === len, [selector, text.length] as [string, number]);
}

/** Types KEYSTROKES letters at the end of the textarea `selector` and returns each one's keystroke → frame, in ms. */
async function typeAndTime(page: Page, selector: string, watched: string | null): Promise<number[]> {
  await page.locator(selector).focus();
  await page.keyboard.press('Control+End');
  await page.evaluate(INSTALL);
  await page.evaluate(`window.__watch(${JSON.stringify(selector)}, ${JSON.stringify(watched)})`);
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length > n, i, { polling: 50 });
  }
  const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  await page.evaluate('window.__unwatch()');
  return lat;
}

interface Figure {
  readonly ours: number[];
  readonly floor: number[];
}

/** One request size: the lab's keystrokes, then the same keystrokes into a textarea of the same text that nothing listens to. */
async function oneSize(page: Page, bytes: number): Promise<Figure> {
  const text = jsonRequest(bytes);
  await paste(page, '[data-testid=request-input]', text);
  // The paste is in (paste waited for it) and signed at once: nothing is hashed off the main thread at these sizes.
  await page.waitForFunction(() => document.querySelector('[data-testid=signature]')?.hasAttribute('data-value'));
  await page.waitForTimeout(300);
  const ours = await typeAndTime(page, '[data-testid=request-input]', '[data-testid=signature]');
  await page.evaluate(() => {
    const ta = document.createElement('textarea');
    ta.id = 'bench-floor';
    ta.style.cssText = 'position:fixed;left:0;bottom:0;width:300px;height:120px;z-index:9999';
    document.body.append(ta);
  });
  await paste(page, '#bench-floor', text);
  const floor = await typeAndTime(page, '#bench-floor', null);
  await page.evaluate(() => document.getElementById('bench-floor')?.remove());
  return { ours, floor };
}

/** Runs the keystroke figures and prints them. */
export async function keystrokeSection(): Promise<Record<string, number>> {
  return withApp(
    async (page) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByTestId('view-lab').click();
      await page.getByTestId('diagram-node-signature').waitFor();
      const small = await oneSize(page, 4 * 1024);
      const large = await oneSize(page, 64 * 1024);
      const rows = ([['4 KB', small, 16], ['64 KB', large, 33]] as const).flatMap(([name, f, goal]) => [
        [`${name} request: keystroke → frame drawn, p50 (${f.ours.length} keys)`, `${fixed(percentile(f.ours, 50))} ms`, `${fixed(percentile(f.floor, 50))} ms`, fixed(percentile(f.ours, 50) / percentile(f.floor, 50)), ''],
        [`${name} request: keystroke → frame drawn, p95`, `${fixed(percentile(f.ours, 95))} ms`, `${fixed(percentile(f.floor, 95))} ms`, fixed(percentile(f.ours, 95) / percentile(f.floor, 95)), `≤ ${goal} ms`],
      ]);
      console.log(table(['figure', 'lab', 'floor: a bare textarea, same text', 'ratio', 'goal'], rows));
      return {
        labKeyToFrameP95Ms4k: percentile(small.ours, 95),
        labKeyToFrameP95Ms64k: percentile(large.ours, 95),
        labKeyToFrameRatio4k: percentile(small.ours, 95) / percentile(small.floor, 95),
        labKeyToFrameRatio64k: percentile(large.ours, 95) / percentile(large.floor, 95),
      };
    },
    { width: 1280, height: 800, args: UNCAPPED },
  );
}
