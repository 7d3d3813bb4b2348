/** The fixtures every spec uses: the console and the network watched from before load, and a lab page opened and signed. */
import { test as base } from '@playwright/test';
import { LabPage } from './pages/lab-page';

interface Fixtures {
  lab: LabPage;
  consoleErrors: string[];
  requests: string[];
}

export const test = base.extend<Fixtures>({
  // Automatic: every page is watched from before it loads, whether or not the test reads the record.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
    },
    { auto: true },
  ],
  requests: [
    async ({ page }, use) => {
      const urls: string[] = [];
      page.on('request', (req) => urls.push(req.url()));
      await use(urls);
    },
    { auto: true },
  ],
  lab: async ({ page }, use) => {
    const lab = new LabPage(page);
    await lab.goto();
    await use(lab);
  },
});

export { expect } from '@playwright/test';
