/** Page object of the signing lab's trace page, built on data-testid locators only. */
import type { Locator, Page } from '@playwright/test';

/** The kebab ids of the stage cards, in the order the page shows them. */
export const STAGE_IDS = [
  'request',
  'canonical-request',
  'canonical-request-hash',
  'string-to-sign',
  'k-secret',
  'k-date',
  'k-region',
  'k-service',
  'k-signing',
  'signature',
  'authorization-header',
  'signed-request',
] as const;

export type StageTestId = (typeof STAGE_IDS)[number];

export class TracePage {
  readonly langSelect: Locator;
  readonly secretToggle: Locator;
  readonly secretInput: Locator;

  constructor(readonly page: Page) {
    this.langSelect = page.getByTestId('lang-select');
    this.secretToggle = page.getByTestId('secret-toggle');
    this.secretInput = page.getByTestId('input-secret-access-key');
  }

  /** Opens the app and waits until the signature card is on the page. */
  async goto(): Promise<void> {
    await this.page.goto('./');
    await this.stage('signature').waitFor();
  }

  /** The card of a stage. */
  stage(id: StageTestId): Locator {
    return this.page.getByTestId(id);
  }

  /** The heading of a stage's card. */
  heading(id: StageTestId): Locator {
    return this.stage(id).getByRole('heading');
  }

  /** The exact value a stage carries in its data-value attribute. */
  async value(id: StageTestId): Promise<string | null> {
    return this.stage(id).getAttribute('data-value');
  }

  /** The ids of the stage cards as they appear on the page. */
  async stageOrder(): Promise<string[]> {
    return this.page
      .locator('[data-testid][data-value]')
      .evaluateAll((els) =>
        els.map((el) => el.getAttribute('data-testid') ?? '').filter((id) => !id.startsWith('canonical-request-part-')),
      );
  }

  async selectLanguage(lang: 'en' | 'ja'): Promise<void> {
    await this.langSelect.selectOption(lang);
  }

  /** The text a reader sees on the page. */
  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
