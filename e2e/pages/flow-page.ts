/** Page object of the credential flow, on data-testid locators only. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { NodeId } from '../../src/flow';
import { NODE_IDS } from '../../src/flow/view';

export { NODE_IDS };

export class FlowPage {
  readonly step: Locator;
  readonly message: Locator;
  readonly scenario: Locator;
  readonly policy: Locator;
  readonly verdict: Locator;

  constructor(readonly page: Page) {
    this.step = page.getByTestId('flow-step');
    this.message = page.getByTestId('flow-message');
    this.scenario = page.getByTestId('flow-scenario');
    this.policy = page.getByTestId('trust-policy-editor');
    this.verdict = page.getByTestId('trust-verdict');
  }

  /** Shows the flow view (one view is on screen at a time), as its tab in the header does. */
  async open(): Promise<void> {
    const tab = this.page.getByTestId('view-flow');
    if ((await tab.getAttribute('aria-current')) !== 'page') await tab.click();
    await expect(this.step).toBeVisible();
  }

  control(name: 'play' | 'pause' | 'next' | 'prev' | 'restart' | 'speed'): Locator {
    return this.page.getByTestId(`flow-${name}`);
  }

  node(id: NodeId): Locator {
    return this.page.getByTestId(`flow-node-${id}`);
  }

  edge(step: number): Locator {
    return this.page.getByTestId(`flow-edge-${step}`);
  }

  async stepNumber(): Promise<number> {
    return Number(await this.step.getAttribute('data-value'));
  }

  async messageText(): Promise<string> {
    return (await this.message.getAttribute('data-value')) ?? '';
  }
}
