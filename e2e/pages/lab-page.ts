/** Page object of the signing lab, built on data-testid locators only. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The kebab ids of the stage cards in header mode, in the order the page shows them. */
export const STAGE_IDS = [
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

/** A stage card's id (query mode swaps the Authorization header for the presigned URL). */
export type StageTestId = (typeof STAGE_IDS)[number] | 'presigned-url';

/** The lab's example ids. */
export const EXAMPLE_IDS = ['iam-listusers', 'iam-listusers-presigned', 'sts-assume-role', 's3-get-temporary', 's3-presigned', 'apigw-connections', 'lambda-invoke'] as const;

export class LabPage {
  readonly langSelect: Locator;
  readonly revealSecrets: Locator;
  readonly secretInput: Locator;
  readonly requestInput: Locator;
  readonly inputKind: Locator;
  readonly inputError: Locator;

  constructor(readonly page: Page) {
    this.langSelect = page.getByTestId('lang-select');
    this.revealSecrets = page.getByTestId('reveal-secrets');
    this.secretInput = page.getByTestId('secret-key-input');
    this.requestInput = page.getByTestId('request-input');
    this.inputKind = page.getByTestId('input-kind');
    this.inputError = page.getByTestId('input-error');
  }

  /** Opens the app and waits until the signature card carries a value. */
  async goto(): Promise<void> {
    await this.page.goto('./');
    await expect(this.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
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
    return this.page.locator('.stages > li > [data-testid]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
  }

  async selectLanguage(lang: 'en' | 'ja'): Promise<void> {
    await this.langSelect.selectOption(lang);
  }

  async loadExample(id: (typeof EXAMPLE_IDS)[number]): Promise<void> {
    await this.page.getByTestId(`example-${id}`).click();
  }

  /** Replaces the request text (as a paste would). */
  async setRequest(text: string): Promise<void> {
    await this.requestInput.fill(text);
  }

  /** Fills a text input by its test id. */
  async fill(testId: string, value: string): Promise<void> {
    await this.page.getByTestId(testId).fill(value);
  }

  async select(testId: string, value: string): Promise<void> {
    await this.page.getByTestId(testId).selectOption(value);
  }

  /** The text a reader sees on the page. */
  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
