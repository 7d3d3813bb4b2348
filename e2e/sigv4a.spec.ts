/**
 * SigV4a in the lab: the algorithm select and the region set, the derivation chain drawn in place
 * of the HMAC chain, the signature verified with the derived public key (signed again with a random
 * nonce, it changes and still verifies), the derived private values masked, and a request signed by
 * the AWS SDK's SigV4a signer (@smithy/signature-v4a) verified by the doctor.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4a } from '@smithy/signature-v4a';
import type { HttpRequest } from '@smithy/types';
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const HMAC_CHAIN = ['k-date', 'k-region', 'k-service', 'k-signing'] as const;
const DERIVATION = ['derivation-input', 'derivation-k0', 'private-key', 'public-key'] as const;

test('the MRAP example signs with SigV4a: region set, derivation chain, a signature that verifies and changes with a random nonce', async ({ lab, page }) => {
  // SigV4 by default: the HMAC chain, no derivation.
  await expect(page.getByTestId('algorithm-select')).toHaveValue('sigv4');
  await expect(page.getByTestId('algorithm-select').locator('option')).toHaveText(['SigV4 (HMAC-SHA256, one region)', 'SigV4a (ECDSA P-256, a region set)']);
  for (const id of HMAC_CHAIN) await expect(lab.node(id)).toBeVisible();
  for (const id of DERIVATION) await expect(page.getByTestId(`diagram-node-${id}`)).toHaveCount(0);

  await lab.loadExample('s3-mrap');
  await expect(page.getByTestId('algorithm-select')).toHaveValue('sigv4a');
  await expect(page.getByTestId('region-input')).toHaveValue('*');
  await expect(lab.field('region')).toContainText('Region set');
  await expect(lab.diagram).toHaveAttribute('data-algorithm', 'sigv4a');
  // The derivation in place of the HMAC chain, every node computed.
  for (const id of HMAC_CHAIN) await expect(page.getByTestId(`diagram-node-${id}`)).toHaveCount(0);
  for (const id of DERIVATION) await expect(page.getByTestId(`diagram-node-${id}`), id).toHaveAttribute('data-state', 'ok');
  await expect(page.getByTestId('diagram-edge-derivation-k0-private-key')).toHaveCount(1);
  await expect(page.getByTestId('diagram-edge-private-key-signature')).toHaveCount(1);
  // The strings: the algorithm, a scope without region, the region set signed.
  await expect(page.getByTestId('string-to-sign')).toHaveAttribute('data-value', /^AWS4-ECDSA-P256-SHA256\n20240517T090000Z\n20240517\/s3\/aws4_request\n[0-9a-f]{64}$/);
  await expect(page.getByTestId('canonical-request')).toHaveAttribute('data-value', /\nx-amz-region-set:\*\n/);
  await expect(page.getByTestId('authorization-header')).toHaveAttribute('data-value', /^AWS4-ECDSA-P256-SHA256 Credential=ASIAIOSFODNN7EXAMPLE\/20240517\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-region-set;x-amz-security-token, Signature=30[0-9a-f]+$/);
  await expect(page.getByTestId('public-key')).toHaveAttribute('data-value', /^04[0-9a-f]{128}$/);

  // The derived private values are masked like the secret, on screen and in every attribute.
  await expect(page.getByTestId('private-key')).toHaveAttribute('data-value', /^•{64}$/);
  await expect(page.getByTestId('derivation-k0')).toHaveAttribute('data-value', /^•{64}$/);
  await expect(lab.node('private-key')).not.toContainText(/[0-9a-f]{6}…/);
  await lab.show('private-key');
  await expect(page.getByTestId('derivation-attempts')).toContainText('counter 1: k0 ≤ n − 2, accepted');
  await lab.revealSecrets.click();
  await expect(page.getByTestId('private-key')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  await lab.revealSecrets.click();

  // The signature verifies with the public key; it is reproducible; signed again with a random nonce it changes and still verifies.
  await lab.show('signature');
  const verifies = page.getByTestId('sigv4a-verifies');
  await expect(verifies).toHaveAttribute('data-value', 'true');
  const first = await lab.value('signature');
  expect(first).toMatch(/^30[0-9a-f]{136,140}$/);
  await page.getByTestId('sigv4a-nonce').click();
  await expect(page.getByTestId('sigv4a-random-note')).toBeVisible();
  await expect(lab.stage('signature')).not.toHaveAttribute('data-value', first!);
  await expect(verifies).toHaveAttribute('data-value', 'true');
  await page.getByTestId('sigv4a-nonce').click();
  await expect(lab.stage('signature')).toHaveAttribute('data-value', first!);
  // The explanation says why.
  await expect(lab.stage('signature')).toContainText('signing again gives another value, and every one of them verifies with the same public key');

  // Back to SigV4: the HMAC chain again, the region field a region again.
  await lab.select('algorithm-select', 'sigv4');
  for (const id of HMAC_CHAIN) await expect(lab.node(id)).toBeVisible();
  await expect(lab.field('region')).not.toContainText('Region set');
});

test('SigV4a chosen for the IAM request: the curve loads, the key is derived, and a presigned URL carries the region set', async ({ lab, page }) => {
  await lab.select('algorithm-select', 'sigv4a');
  await expect(lab.node('private-key')).toHaveAttribute('data-state', 'ok');
  await expect(page.getByTestId('string-to-sign')).toHaveAttribute('data-value', /^AWS4-ECDSA-P256-SHA256\n20150830T123600Z\n20150830\/iam\/aws4_request\n/);
  // The region field now holds a region set; a second region is signed with the first.
  await lab.fill('region-input', 'us-east-1,us-west-2');
  await expect(page.getByTestId('canonical-request')).toHaveAttribute('data-value', /\nx-amz-region-set:us-east-1,us-west-2\n/);
  await lab.select('mode-select', 'query');
  await expect(page.getByTestId('presigned-url')).toHaveAttribute('data-value', /[?&]X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256&.*X-Amz-Region-Set=us-east-1%2Cus-west-2&.*X-Amz-Signature=30[0-9a-f]+$/);
  await lab.show('signature');
  await expect(page.getByTestId('sigv4a-verifies')).toHaveAttribute('data-value', 'true');
});

test('the walkthrough steps through the derivation, the lit node on screen', async ({ lab, page }) => {
  await lab.loadExample('s3-mrap');
  const seen: string[] = [];
  for (let i = 0; i < 13; i++) {
    await page.getByTestId('lab-next').click();
    const current = page.locator('[data-testid^="diagram-node-"][data-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toBeInViewport();
    seen.push((await current.getAttribute('data-testid'))!.slice('diagram-node-'.length));
  }
  expect([...new Set(seen)].slice(-6)).toEqual(['string-to-sign', 'derivation-input', 'derivation-k0', 'private-key', 'public-key', 'signature']);
  await expect(page.getByTestId('lab-next')).toBeDisabled();
});

test('the doctor verifies a request the AWS SDK signed with SigV4a, and names a changed byte', async ({ lab, page }) => {
  const signer = new SignatureV4a({ service: 's3', region: '*', sha256: Sha256, credentials: { accessKeyId: 'AKIAE2ESIGV4AEXAMPLE', secretAccessKey: SECRET } });
  const host = 'mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com';
  const request: HttpRequest = { method: 'GET', protocol: 'https:', hostname: host, path: '/reports/q3.csv', query: {}, headers: { host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } };
  const signed = (await signer.sign(request, { signingDate: new Date('2024-05-17T09:00:00Z') })) as HttpRequest;
  const headers = Object.entries(signed.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
  const text = `GET /reports/q3.csv HTTP/1.1\n${headers}\n`;
  await lab.setRequest(text);
  // The request's own algorithm, key, region set and service.
  await expect(page.getByTestId('algorithm-select')).toHaveValue('sigv4a');
  await expect(page.getByTestId('access-key-input')).toHaveValue('AKIAE2ESIGV4AEXAMPLE');
  await expect(page.getByTestId('region-input')).toHaveValue('*');
  await expect(lab.signedNotice).toHaveAttribute('data-value', 'needs-secret');
  await lab.secretInput.fill(SECRET);
  await expect(lab.verifyResult).toHaveAttribute('data-value', 'match');
  // The same request with the region set changed after signing: it no longer verifies.
  await lab.setRequest(text.replace('x-amz-region-set: *', 'x-amz-region-set: us-east-1'));
  await expect(lab.verifyResult).toHaveAttribute('data-value', 'mismatch');
  await expect(lab.node('signature')).toHaveAttribute('data-state', 'changed');
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(SECRET);
});

test('in Japanese: the select, the region set and the derivation speak the console’s terms', async ({ lab, page }) => {
  await lab.loadExample('s3-mrap');
  await lab.selectLanguage('ja');
  await expect(page.getByTestId('algorithm-select').locator('option')).toHaveText(['SigV4 (HMAC-SHA256、1 つのリージョン)', 'SigV4a (ECDSA P-256、リージョンセット)']);
  await expect(lab.field('region')).toContainText('リージョンセット');
  await expect(lab.node('private-key')).toContainText('秘密鍵 d');
  await lab.show('signature');
  await expect(page.getByTestId('sigv4a-verifies')).toContainText('公開鍵での検証: 成功');
});
