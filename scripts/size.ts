/**
 * `npm run size`: the JavaScript loaded before first paint (the entry script and its modulepreloads in
 * dist/index.html, gzip -9) against a budget of 130 kB, and first contentful paint of the built app
 * under `vite preview` in headless Chromium, median of 5. Exits 1 when over budget.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const DIST = 'dist';
const BUDGET = 130_000;
const PORT = 4192;

/** The JS files index.html loads before first paint: module scripts and modulepreloads. */
export function initialScripts(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) out.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) out.add(m[1]!);
  return [...out];
}

async function firstContentfulPaint(): Promise<number[]> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('vite preview did not start')), 20_000);
      server.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes(String(PORT))) {
          clearTimeout(t);
          resolve();
        }
      });
    });
    const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const browser = await chromium.launch({ executablePath, args: ['--disable-gpu', '--disable-quic'] });
    const times: number[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'load' });
        times.push(
          await page.evaluate(
            () =>
              new Promise<number>((resolve) => {
                new PerformanceObserver((l) => {
                  const e = l.getEntriesByName('first-contentful-paint')[0];
                  if (e) resolve(e.startTime);
                }).observe({ type: 'paint', buffered: true });
              }),
          ),
        );
        await context.close();
      }
    } finally {
      await browser.close();
    }
    return times;
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

async function main(): Promise<void> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = initialScripts(html).map((src) => join(DIST, src.replace(/^\.\//, '')));
  let total = 0;
  for (const f of files) {
    const gz = gzipSync(readFileSync(f), { level: 9 }).length;
    total += gz;
    console.log(`${f}  ${(gz / 1000).toFixed(1)} kB gzip`);
  }
  const ok = total <= BUDGET;
  console.log(`JavaScript before first paint: ${(total / 1000).toFixed(1)} kB gzip (budget ${BUDGET / 1000} kB): ${ok ? 'ok' : 'OVER BUDGET'}`);
  const fcp = (await firstContentfulPaint()).sort((a, b) => a - b);
  console.log(`First contentful paint, vite preview, headless Chromium, 1280x800: median ${fcp[2]!.toFixed(0)} ms of 5 (${fcp.map((t) => t.toFixed(0)).join(', ')})`);
  if (!ok) process.exitCode = 1;
}

if (process.argv[1]?.endsWith('size.ts')) await main();
