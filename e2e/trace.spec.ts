/** The lab's starting example signs the IAM ListUsers example exactly as the AWS documentation does. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { lab as ja } from '../src/content/ja/lab';
import { lab as en } from '../src/content/en/lab';
import { STAGE_IDS } from './pages/lab-page';

const SIGNATURE = '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';

/** The shared vectors live beside the project: ../shared/vectors from its root. */
const VECTOR_DIR = fileURLToPath(new URL('../../shared/vectors/aws-docs/iam-listusers/', import.meta.url));
const vectorsMissing = !existsSync(VECTOR_DIR);
/** Expected files have no trailing newline: compared byte for byte. */
const vector = (name: string): string => readFileSync(`${VECTOR_DIR}${name}`, 'utf8');

test.use({ locale: 'en-US' });

test('shows the signature of the AWS documentation', async ({ lab }) => {
  const signature = lab.stage('signature');
  await expect(signature).toHaveAttribute('data-value', SIGNATURE);
  await expect(signature).toContainText(SIGNATURE);
});

test('shows every stage, once, in spec order', async ({ lab }) => {
  expect(await lab.stageOrder()).toEqual([...STAGE_IDS]);
});

test.describe('matches the AWS documentation byte for byte', () => {
  test.skip(vectorsMissing && !process.env.CI, `vectors not found at ${VECTOR_DIR}`);

  test('canonical request', async ({ lab }) => {
    expect(await lab.value('canonical-request')).toBe(vector('header-canonical-request.txt'));
  });

  test('string to sign', async ({ lab }) => {
    expect(await lab.value('string-to-sign')).toBe(vector('header-string-to-sign.txt'));
  });

  test('authorization header', async ({ lab }) => {
    expect(await lab.value('authorization-header')).toBe(vector('header-authorization.txt'));
  });
});

test('masks the secret access key until revealed', async ({ lab }) => {
  expect(await lab.visibleText()).not.toContain(SECRET);
  await expect(lab.stage('k-secret')).toHaveAttribute('data-value', `AWS4${'•'.repeat(SECRET.length)}`);

  await expect(lab.secretInput).toHaveAttribute('type', 'password');
  await lab.revealSecrets.click();
  await expect(lab.secretInput).toHaveAttribute('type', 'text');
  await expect(lab.secretInput).toHaveValue(SECRET);
  await expect(lab.stage('k-secret')).toContainText(`AWS4${SECRET}`);
  // The contract: k-secret's data-value is its masked form, revealed or not.
  await expect(lab.stage('k-secret')).toHaveAttribute('data-value', `AWS4${'•'.repeat(SECRET.length)}`);

  await lab.revealSecrets.click();
  expect(await lab.visibleText()).not.toContain(SECRET);
});

test('switches the language to Japanese', async ({ lab, page }) => {
  await expect(lab.heading('signature')).toHaveText(en['stage.signature.title']);
  await lab.selectLanguage('ja');
  await expect(lab.heading('signature')).toHaveText(ja['stage.signature.title']);
  await expect(lab.heading('string-to-sign')).toHaveText(ja['stage.stringToSign.title']);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The values do not depend on the language.
  await expect(lab.stage('signature')).toHaveAttribute('data-value', SIGNATURE);
});

test.describe('in a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('starts in Japanese', async ({ lab }) => {
    await expect(lab.langSelect).toHaveValue('ja');
    await expect(lab.heading('canonical-request')).toHaveText(ja['stage.canonicalRequest.title']);
  });
});

test('logs no console errors', async ({ lab, consoleErrors }) => {
  await lab.selectLanguage('ja');
  await lab.revealSecrets.click();
  expect(consoleErrors).toEqual([]);
});

test('requests nothing but its own origin', async ({ lab, requests, page }) => {
  await lab.selectLanguage('ja');
  const origin = new URL(page.url()).origin;
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
