/** The test fixture every spec uses: a lab page, with the console and the network watched from before load. */
import { test as base } from '@playwright/test';
import { LabPage } from './pages/lab-page';

interface Fixtures {
  lab: LabPage;
  consoleErrors: string[];
  requests: string[];
}

export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(err.message));
    await use(errors);
  },
  requests: async ({ page }, use) => {
    const urls: string[] = [];
    page.on('request', (req) => urls.push(req.url()));
    await use(urls);
  },
  lab: async ({ page, consoleErrors, requests }, use) => {
    // Depending on the watchers starts them before the page loads.
    void consoleErrors;
    void requests;
    const lab = new LabPage(page);
    await lab.goto();
    await use(lab);
  },
});

export { expect } from '@playwright/test';
