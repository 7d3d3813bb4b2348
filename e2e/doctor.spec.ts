/**
 * The doctor: a request that already carries its signature, signed here by the AWS SDK's own signer
 * (@smithy/signature-v4) for a key, region, service and date other than the lab's, is pasted; the
 * form takes its values and says so, the lab asks for the secret, verifies at once, and names the
 * first stage that differs once a byte changes. A malformed X-Amz-Date is a located issue.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { expect, test } from './fixtures';
import { diagramNodeIds } from './pages/lab-page';

test.use({ locale: 'en-US' });

// None of these is the lab's default (AKIDEXAMPLE, us-east-1, iam, 20150830T123600Z).
const KEY = 'AKIAE2EDOCTOREXAMPLE';
const SECRET = 'e2eDoctorSecret/K7MDENG+bPxRfiCYEXAMPLE1';
const REGION = 'ap-southeast-2';
const SERVICE = 'execute-api';
const WHEN = new Date('2023-03-14T15:09:26Z');
const AMZ_DATE = '20230314T150926Z';
const HOST = 'api.example.com';
const BODY = '{"order":42}';
const KEY_NODES = ['k-secret', 'k-date', 'k-region', 'k-service', 'k-signing'] as const;

const signer = (region = REGION) => new SignatureV4({ service: SERVICE, region, sha256: Sha256, credentials: { accessKeyId: KEY, secretAccessKey: SECRET } });

/** A POST to a custom domain (so the host names no region), signed in the Authorization header, as raw HTTP. */
async function signedPost(): Promise<string> {
  const r = await signer().sign(
    { method: 'POST', protocol: 'https:', hostname: HOST, path: '/prod/orders', headers: { host: HOST, 'content-type': 'application/json', 'x-order-source': 'e2e' }, body: BODY },
    { signingDate: WHEN },
  );
  const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
  return `POST /prod/orders HTTP/1.1\n${headers}\n\n${BODY}`;
}

/** A presigned GET URL of the same service, in another region, valid for 900 seconds. */
async function presignedUrl(): Promise<string> {
  const r = await signer('eu-central-1').presign(
    { method: 'GET', protocol: 'https:', hostname: HOST, path: '/prod/connect', query: { client: 'e2e' }, headers: { host: HOST } },
    { signingDate: WHEN, expiresIn: 900 },
  );
  const q = Object.entries(r.query ?? {}).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
  return `https://${HOST}/prod/connect?${q}`;
}

/** One-based line and column of `needle`'s first character in `text`. */
function lineColumn(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

test('a signed request keeps its own values, asks for the secret, verifies at once, and names the first difference', async ({ lab, page }) => {
  const text = await signedPost();
  await lab.setRequest(text);

  // The form holds the request's own values, each marked as the request's.
  await expect(page.getByTestId('access-key-input')).toHaveValue(KEY);
  await expect(page.getByTestId('region-input')).toHaveValue(REGION);
  await expect(page.getByTestId('service-input')).toHaveValue(SERVICE);
  await expect(page.getByTestId('signing-time-input')).toHaveValue(AMZ_DATE);
  await expect(page.getByTestId('mode-select')).toHaveValue('header');
  for (const field of ['accessKeyId', 'region', 'service', 'signingTime', 'mode']) {
    await expect(lab.fromRequest(field), field).toHaveText('filled in from the request');
  }

  // Signed, and the lab asks for the secret of the key it was signed with; the example's secret is gone.
  await expect(lab.signedNotice).toHaveAttribute('data-value', 'needs-secret');
  await expect(lab.signedNotice).toContainText('This request is already signed');
  await expect(lab.signedNotice).toContainText(`Enter the secret access key of ${KEY}`);
  await expect(lab.secretInput).toHaveValue('');

  // The notice takes the keyboard to the secret; with the secret, verify runs at once: no button to press.
  await page.getByTestId('signed-enter-secret').focus();
  await page.keyboard.press('Enter');
  await expect(lab.secretInput).toBeFocused();
  await lab.secretInput.fill(SECRET);
  await expect(lab.verifyResult).toHaveAttribute('data-value', 'match');
  await expect(lab.signedNotice).toHaveAttribute('data-value', 'match');
  await expect(page.getByTestId('verify-source')).toHaveAttribute('data-value', 'request');
  // Masked everywhere: in no attribute, no text, no address.
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(SECRET);
  expect(await lab.visibleText()).not.toContain(SECRET);
  expect(decodeURIComponent(page.url())).not.toContain(SECRET);

  // One byte of a signed header changes: the canonical headers are the first stage that differs.
  await lab.setRequest(text.replace('x-order-source: e2e', 'x-order-source: e2f'));
  await expect(lab.verifyResult).toHaveAttribute('data-value', 'mismatch');
  await expect(lab.verifyResult).toHaveAttribute('data-first-difference', 'canonical-request-part-canonical-headers');
  await expect(lab.signedNotice).toHaveAttribute('data-value', 'mismatch');
  await expect(lab.signedNotice).toContainText('First stage that differs: Canonical headers');
  // The diagram paints it at once: the canonical request first, every stage computed from it changed, the key chain untouched.
  await expect(lab.paint).toHaveValue('verify');
  await expect(lab.node('canonical-request')).toHaveAttribute('data-state', 'changed');
  await expect(lab.node('canonical-request')).toHaveAttribute('data-first', 'true');
  for (const id of ['canonical-request-hash', 'string-to-sign', 'signature', 'authorization-header'] as const) await expect(lab.node(id), id).toHaveAttribute('data-state', 'changed');
  for (const id of KEY_NODES) await expect(lab.node(id), id).toHaveAttribute('data-state', 'ok');
  // The detail shows the difference inside the value: the canonical request line by line, as signed against this request.
  await lab.show('canonical-request');
  const lines = lab.stage('canonical-request').getByTestId('stage-difference');
  await expect(lines).toHaveAttribute('data-value', 'lines');
  await expect(lines).toContainText('What differs from what was signed');
  await expect(lines).toContainText('x-order-source:e2e');
  await expect(lines).toContainText('x-order-source:e2f');

  // The request as signed, but one character of the secret wrong: the canonical request is the same, kSecret is first.
  await lab.setRequest(text);
  await expect(lab.verifyResult).toHaveAttribute('data-value', 'match');
  await lab.secretInput.fill(SECRET.replace('1', '2'));
  await expect(lab.verifyResult).toHaveAttribute('data-value', 'mismatch');
  await expect(lab.verifyResult).toHaveAttribute('data-first-difference', 'k-secret');
  // On the diagram: kSecret first, the key chain and the signature changed, the canonical request the same; a key compared whole.
  await expect(lab.node('k-secret')).toHaveAttribute('data-first', 'true');
  for (const id of [...KEY_NODES, 'signature', 'authorization-header'] as const) await expect(lab.node(id), id).toHaveAttribute('data-state', 'changed');
  for (const id of ['canonical-request', 'canonical-request-hash', 'string-to-sign'] as const) await expect(lab.node(id), id).toHaveAttribute('data-state', 'ok');
  await lab.show('k-signing');
  await expect(lab.stage('k-signing').getByTestId('stage-difference')).toHaveAttribute('data-value', 'whole');
  // The right secret again: it verifies, and the diagram is given back.
  await lab.secretInput.fill(SECRET);
  await expect(lab.verifyResult).toHaveAttribute('data-value', 'match');
  await expect(lab.paint).toHaveValue('');
  for (const { testId } of diagramNodeIds('header')) await expect(lab.node(testId), testId).toHaveAttribute('data-state', 'ok');

  // The notice's button takes the keyboard to the verdict.
  await page.getByTestId('signed-show-verify').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#verify-title')).toBeFocused();
});

test('a presigned URL keeps its query mode, region and X-Amz-Expires, and verifies', async ({ lab, page }) => {
  await lab.setRequest(await presignedUrl());
  await expect(page.getByTestId('mode-select')).toHaveValue('query');
  await expect(page.getByTestId('expires-input')).toHaveValue('900');
  await expect(page.getByTestId('region-input')).toHaveValue('eu-central-1');
  await expect(page.getByTestId('signing-time-input')).toHaveValue(AMZ_DATE);
  await expect(lab.fromRequest('expires')).toBeVisible();
  await expect(lab.signedNotice).toHaveAttribute('data-value', 'needs-secret');
  await lab.secretInput.fill(SECRET);
  await expect(lab.verifyResult).toHaveAttribute('data-value', 'match');
  await expect(lab.stage('presigned-url')).toHaveAttribute('data-value', /X-Amz-Expires=900&/);
});

test('a malformed X-Amz-Date is a located issue; the stages that do not depend on the time stay', async ({ lab, page }) => {
  const text = (await signedPost()).replace(`x-amz-date: ${AMZ_DATE}`, 'x-amz-date: 2023-03-14T15:09:26Z');
  await lab.setRequest(text);
  await lab.secretInput.fill(SECRET);
  const { line, column } = lineColumn(text, '2023-03-14T15:09:26Z');
  await expect(lab.inputError).toBeVisible();
  await expect(lab.inputError).toContainText(`Line ${line}, column ${column}: expected an X-Amz-Date (or Date) of the form YYYYMMDD'T'HHMMSS'Z'`);
  await expect(lab.inputError).toContainText('found "2023-03-14T15:09:26Z"');
  // Not replaced by another time: the form shows the request's, and nothing that needs it is computed.
  await expect(page.getByTestId('signing-time-input')).toHaveValue('2023-03-14T15:09:26Z');
  await expect(lab.stage('string-to-sign')).toHaveAttribute('data-state', 'unavailable');
  await expect(lab.stage('signature')).toHaveAttribute('data-state', 'unavailable');
  // What does not depend on it is still there.
  await expect(page.getByTestId('canonical-request-part-canonical-uri')).toHaveAttribute('data-value', '/prod/orders');
  await expect(page.getByTestId('canonical-request-part-payload-hash')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  await expect(lab.stage('k-secret')).toHaveAttribute('data-value', /^AWS4•+$/);
  await expect(page.getByTestId('verify-error')).toContainText(`Line ${line}, column ${column}`);
});
