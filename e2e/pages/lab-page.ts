/** Page object of the signing lab, built on data-testid locators only; its ids come from the app's own registries. */
import { expect, type Locator, type Page } from '@playwright/test';
import { EXAMPLE_IDS, EXAMPLES, type ExampleId } from '../../src/content/examples';
import { cardStages, STAGES, type SigningMode, type StageId } from '../../src/sigv4';
import { diagramNodes } from '../../src/store/diagram';

export { EXAMPLE_IDS };

/** The test ids of the stage cards in header mode, in the order the page shows them. */
export const STAGE_IDS: readonly string[] = cardStages('header').map((d) => d.testId);

/** The stages the diagram draws in a mode, with the test id of each one's node (`diagram-node-<the stage's test id>`). */
export function diagramNodeIds(mode: SigningMode): { stage: StageId; testId: StageTestId }[] {
  return diagramNodes(mode).map((stage) => ({ stage, testId: STAGES[stage].testId as StageTestId }));
}

/** A stage card's test id (query mode swaps the Authorization header for the presigned URL). */
export type StageTestId = Extract<(typeof STAGES)[StageId], { readonly card: true }>['testId'];

export class LabPage {
  readonly langSelect: Locator;
  readonly revealSecrets: Locator;
  readonly secretInput: Locator;
  readonly requestInput: Locator;
  readonly requestEditor: Locator;
  readonly inputKind: Locator;
  readonly inputError: Locator;
  readonly stageList: Locator;
  /** What a pasted request that carries its own signature says above the form (data-value: needs-secret, match, mismatch, error, …). */
  readonly signedNotice: Locator;
  /** The verify panel's verdict (data-value match | mismatch; data-first-difference: the test id of the first differing stage). */
  readonly verifyResult: Locator;
  readonly diagram: Locator;
  readonly detail: Locator;
  readonly paint: Locator;

  constructor(readonly page: Page) {
    this.langSelect = page.getByTestId('lang-select');
    this.revealSecrets = page.getByTestId('reveal-secrets');
    this.secretInput = page.getByTestId('secret-key-input');
    this.requestInput = page.getByTestId('request-input');
    this.requestEditor = page.getByTestId('request-editor');
    this.inputKind = page.getByTestId('input-kind');
    this.inputError = page.getByTestId('input-error');
    this.stageList = page.getByTestId('stage-list');
    this.signedNotice = page.getByTestId('signed-notice');
    this.verifyResult = page.getByTestId('verify-result');
    this.diagram = page.getByTestId('lab-diagram');
    this.detail = page.getByTestId('diagram-detail');
    this.paint = page.getByTestId('diagram-paint');
  }

  /** A form field's box (`field-<name>`: accessKeyId, region, service, signingTime, mode, expires, …). */
  field(name: string): Locator {
    return this.page.getByTestId(`field-${name}`);
  }

  /** The mark a form field carries when the request itself gave its value. */
  fromRequest(name: string): Locator {
    return this.field(name).getByTestId('from-request');
  }

  /** Opens the app on the lab view and waits until the signature card carries a value. */
  async goto(): Promise<void> {
    await this.page.goto('./');
    await this.open();
    await expect(this.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  }

  /** Shows the lab view (one view is on screen at a time), as its tab in the header does. */
  async open(): Promise<void> {
    const tab = this.page.getByTestId('view-lab');
    if ((await tab.getAttribute('aria-current')) !== 'page') await tab.click();
    await expect(this.stageList).toBeVisible();
  }

  /** The card of a stage. */
  stage(id: StageTestId): Locator {
    return this.page.getByTestId(id);
  }

  /** The diagram's node of a stage. */
  node(id: StageTestId): Locator {
    return this.page.getByTestId(`diagram-node-${id}`);
  }

  /** Selects a stage's node on the diagram, and waits for its card to open beside it. */
  async show(id: StageTestId): Promise<void> {
    await this.node(id).click();
    await expect(this.node(id)).toHaveAttribute('aria-pressed', 'true');
    await expect(this.stage(id).getByRole('heading')).toBeVisible();
  }

  /** The test ids of the nodes the walkthrough marks as the one being computed. */
  async currentNodes(mode: SigningMode = 'header'): Promise<string[]> {
    const out: string[] = [];
    for (const { testId } of diagramNodeIds(mode)) if ((await this.node(testId).getAttribute('data-current')) === 'true') out.push(testId);
    return out;
  }

  /** The runs a stage's detail marks as different (each side's). */
  differences(id: StageTestId): Locator {
    return this.stage(id).getByTestId('stage-difference').getByTestId('diff-mark');
  }

  /** The heading of a stage's card. */
  heading(id: StageTestId): Locator {
    return this.stage(id).getByRole('heading');
  }

  /** The exact value a stage carries in its data-value attribute. */
  async value(id: StageTestId): Promise<string | null> {
    return this.stage(id).getAttribute('data-value');
  }

  /** The segments of a stage's value that are lit (their origin is highlighted). */
  litSegments(id: StageTestId): Locator {
    return this.stage(id).getByTestId('segment-lit');
  }

  /** The ids of the cards the stage list holds, in the order the page shows them (each item's card). */
  async stageOrder(): Promise<string[]> {
    return this.stageList.evaluate((list) => Array.from(list.children, (item) => item.firstElementChild?.getAttribute('data-testid') ?? ''));
  }

  async selectLanguage(lang: 'en' | 'ja'): Promise<void> {
    await this.langSelect.selectOption(lang);
  }

  async loadExample(id: ExampleId): Promise<void> {
    await this.open();
    await this.page.getByTestId(`example-${id}`).click();
    // The examples but the first load with a chunk of their own: the example is in once its request is.
    await expect(this.requestInput).toHaveValue(EXAMPLES[id].inputs.requestText);
  }

  /** Replaces the request text (as a paste would). */
  async setRequest(text: string): Promise<void> {
    await this.open();
    await this.requestInput.fill(text);
  }

  /** Drops a file of `size` patterned bytes (byte i is (31i + 7) mod 256) on the request editor, as a user dropping a file would. */
  async dropFile(size: number, name: string): Promise<void> {
    await this.open();
    await this.requestEditor.evaluate(
      (editor, [n, fileName]) => {
        const bytes = new Uint8Array(n);
        for (let i = 0; i < n; i++) bytes[i] = (i * 31 + 7) & 0xff;
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], fileName));
        editor.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      [size, name] as const,
    );
  }

  /** Fills a text input by its test id. */
  async fill(testId: string, value: string): Promise<void> {
    await this.open();
    await this.page.getByTestId(testId).fill(value);
  }

  async select(testId: string, value: string): Promise<void> {
    await this.open();
    await this.page.getByTestId(testId).selectOption(value);
  }

  /** The text a reader sees on the page. */
  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
