import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const isCI = Boolean(process.env.CI);

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else Debian's package if installed, else
 * undefined (Playwright's own browser, after `npx playwright install chromium`).
 */
function chromiumPath(): string | undefined {
  const override = process.env.CHROMIUM_PATH;
  if (override) return override;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined;
}

const CHROMIUM = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: chromiumPath(),
    args: ['--disable-gpu', '--disable-quic'],
  },
};
const ALONE = /@alone/;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    // The app's own motion setting: messages do not travel, steps still advance (tests never wait on animation).
    contextOptions: { reducedMotion: 'reduce' },
  },
  projects: [
    { name: 'chromium', grepInvert: ALONE, use: CHROMIUM },
    // Tests that time the main thread (tagged @alone) run after every other one, with nothing beside them:
    // on two shared cores, a neighbour's test would stretch the very tasks they measure.
    { name: 'alone', grep: ALONE, dependencies: ['chromium'], fullyParallel: false, use: CHROMIUM },
  ],
  // The built app, as users get it (`npm run build` runs first in `npm test`).
  webServer: {
    command: `npm run preview -- --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
  },
});
