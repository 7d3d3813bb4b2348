/** Builds the app, serves it with `vite preview`, and opens it in headless Chromium for the browser figures. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

const PORT = 4191;

function executablePath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Where and how the app is opened: the viewport, and extra Chromium switches (say, frames without the 60 Hz cap). */
export interface AppOptions {
  readonly width?: number;
  readonly height?: number;
  readonly args?: readonly string[];
}

/** Runs `fn` with a page of the built app (1280x800 unless told); tears everything down afterwards. */
export async function withApp<T>(fn: (page: Page, browser: Browser) => Promise<T>, options: AppOptions = {}): Promise<T> {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('vite preview did not start')), 20_000);
      server.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes(String(PORT))) {
          clearTimeout(timer);
          resolve();
        }
      });
      server.on('exit', () => reject(new Error('vite preview exited')));
    });
    const browser = await chromium.launch({ executablePath: executablePath(), args: ['--disable-gpu', '--disable-quic', ...(options.args ?? [])] });
    try {
      const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 } });
      await page.goto(`http://localhost:${PORT}/`);
      return await fn(page, browser);
    } finally {
      await browser.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

/** The p-th percentile (0–100) of samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** Counts animation frames from now until the returned function is called: the interval of each, in ms. */
export async function countFrames(page: Page): Promise<() => Promise<number[]>> {
  // Strings, not functions: the bench runs under tsx, whose name-keeping helpers do not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__run = true;
    let last = performance.now();
    function loop(t) {
      window.__frames.push(t - last);
      last = t;
      if (window.__run) requestAnimationFrame(loop);
    }
    requestAnimationFrame(loop);
  })()`);
  return () => page.evaluate<number[]>(`(() => { window.__run = false; return window.__frames.slice(1); })()`);
}
