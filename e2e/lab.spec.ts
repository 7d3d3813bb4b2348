/** The signing lab as a user drives it: examples, live edits, imports, half-typed input, provenance, walkthrough, verify. */
import { EXAMPLE_IDS, EXAMPLES, type ExampleId } from '../src/content/examples';
import { parseRequest, parseSigningTime, profileRules, signRequest, UNSIGNED_PAYLOAD } from '../src/sigv4';
import { P256 } from '../src/sigv4/p256';
import { expect, test } from './fixtures';

/** The signature the core gives an example, computed here in Node, away from the page. */
function expectedSignature(id: ExampleId): string {
  const e = EXAMPLES[id].inputs;
  const profile = e.profile === 'auto' ? (e.service === 's3' ? 's3' : 'generic') : e.profile;
  return signRequest(parseRequest(e.requestText), {
    credentials: { accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey, sessionToken: e.sessionToken || undefined },
    region: e.region, service: e.service, signingTime: parseSigningTime(e.signingTime)!, mode: e.mode, expiresIn: Number(e.expires),
    ...profileRules(profile), payloadHash: e.payload === 'unsigned' ? UNSIGNED_PAYLOAD : undefined,
    omitSessionToken: e.tokenPlacement === 'appended', skipNeverSignedHeaders: false,
    // SigV4a's nonce is deterministic here as on the page: the same signature.
    ...(e.algorithm === 'sigv4a' ? { algorithm: 'sigv4a' as const, curve: P256 } : {}),
  }).stages.signature.text;
}

const DOCUMENTED: Partial<Record<ExampleId, string>> = {
  'iam-listusers': '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
  'iam-listusers-presigned': '37ac2f4fde00b0ac9bd9eadeb459b1bbee224158d66e7ae5fcadb70b2d181d02',
  's3-presigned': 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
};

test.use({ locale: 'en-US' });

test.describe('examples', () => {
  for (const id of EXAMPLE_IDS) {
    test(`${id} fills the lab and signs`, async ({ lab }) => {
      if (id === 'iam-listusers') await lab.loadExample('iam-listusers-presigned');
      await lab.loadExample(id);
      const e = EXAMPLES[id].inputs;
      await expect(lab.requestInput).toHaveValue(e.requestText);
      await expect(lab.page.getByTestId('region-input')).toHaveValue(e.region);
      await expect(lab.page.getByTestId('service-input')).toHaveValue(e.service);
      await expect(lab.page.getByTestId('mode-select')).toHaveValue(e.mode);
      const signature = DOCUMENTED[id] ?? expectedSignature(id);
      await expect(lab.stage('signature')).toHaveAttribute('data-value', signature);
      if (e.mode === 'query') {
        await expect(lab.stage('presigned-url')).toHaveAttribute('data-value', new RegExp(`X-Amz-Signature=${signature}`));
        await expect(lab.stage('authorization-header')).toHaveCount(0);
      } else {
        await expect(lab.stage('authorization-header')).toHaveAttribute('data-value', new RegExp(`Signature=${signature}$`));
      }
    });
  }
});

test('every edit recomputes every stage', async ({ lab }) => {
  const before = await lab.value('signature');
  await lab.requestInput.press('Control+End');
  await lab.requestInput.pressSequentially('My-Header:  a   b\n');
  await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', /\nmy-header:a b\n/);
  await expect(lab.stage('signature')).not.toHaveAttribute('data-value', before!);
  await lab.select('mode-select', 'query');
  await expect(lab.stage('presigned-url')).toHaveAttribute('data-value', /^https:\/\/iam\.amazonaws\.com\?Action=ListUsers/);
});

test('imports a curl command with -u and --aws-sigv4, and a presigned URL', async ({ lab }) => {
  await lab.fill('region-input', 'eu-west-3');
  await lab.setRequest(`curl -s --aws-sigv4 "aws:amz:us-west-2:sts" \\\n  -u 'AKIDCURL:curl/secret' \\\n  -H 'Content-Type: application/x-www-form-urlencoded' \\\n  -d 'Action=GetCallerIdentity&Version=2011-06-15' https://sts.us-west-2.amazonaws.com/`);
  await expect(lab.inputKind).toHaveAttribute('data-value', 'curl');
  await expect(lab.page.getByTestId('region-input')).toHaveValue('us-west-2');
  await expect(lab.page.getByTestId('service-input')).toHaveValue('sts');
  await expect(lab.page.getByTestId('access-key-input')).toHaveValue('AKIDCURL');
  await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', /^POST\n\/\n\n/);
  await expect(lab.stage('authorization-header')).toHaveAttribute('data-value', /^AWS4-HMAC-SHA256 Credential=AKIDCURL\/\d{8}\/us-west-2\/sts\/aws4_request, /);

  await lab.loadExample('iam-listusers-presigned');
  const url = await lab.value('presigned-url');
  await lab.setRequest(url!);
  await expect(lab.inputKind).toHaveAttribute('data-value', 'url');
  await expect(lab.page.getByTestId('signing-time-input')).toHaveValue('20150830T123600Z');
});

test('half-typed input keeps every stage that can be computed and says why the rest cannot', async ({ lab }) => {
  await lab.setRequest('GET /x HTTP/1.1\nHost iam.amazonaws.com\n');
  await expect(lab.inputError).toContainText('Line 2, column 5');
  await expect(lab.inputError).toContainText('expected a colon after the header name');
  await expect(lab.stage('k-signing')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  await expect(lab.stage('signature')).toHaveAttribute('data-state', 'unavailable');
  // Where to fix it is said on the stage and on the diagram, not only beside the editor (out of sight in presenter mode).
  await expect(lab.stage('canonical-request')).toContainText('the request needs fixing first, at line 2, column 5.');
  await expect(lab.page.getByTestId('diagram-node-signature')).toContainText('at line 2, column 5');

  await lab.setRequest('GET /x HTTP/1.1\nHost: iam.amazonaws.com\n');
  await expect(lab.inputError).toBeHidden();
  await lab.fill('signing-time-input', '2015-08');
  await expect(lab.page.getByTestId('field-error-signingTime')).toBeVisible();
  await expect(lab.page.getByTestId('diagram-node-string-to-sign')).toContainText('the Signing time field needs fixing first.');
  await lab.fill('secret-key-input', '');
  await expect(lab.stage('k-date')).toHaveAttribute('data-state', 'unavailable');
  await expect(lab.stage('signature')).toContainText('Not computed yet');
});

test('the input\'s colours stay under their text when a long request is pasted and scrolled to its end', async ({ lab, page }) => {
  const headers = Array.from({ length: 40 }, (_, i) => `X-Amz-Meta-H${i}: v${i}`).join('\n');
  await lab.setRequest(`GET /?a=1 HTTP/1.1\nHost: example.amazonaws.com\n${headers}\n\n`);
  await lab.requestInput.press('Control+End');
  await expect(lab.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  // The backdrop's text is moved by exactly the textarea's scrolling, whatever it held when the textarea scrolled.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const ta = document.querySelector<HTMLTextAreaElement>('[data-testid=request-input]')!;
        const inner = document.querySelector<HTMLElement>('.editor-backdrop > div')!;
        return ta.scrollTop > 0 && new DOMMatrix(getComputedStyle(inner).transform).m42 === -ta.scrollTop;
      }),
    )
    .toBe(true);
});

test('a long body is tinted as one block from its first line: its text is not laid out a second time behind the textarea', async ({ lab, page }) => {
  const body = JSON.stringify({ items: Array.from({ length: 400 }, (_, i) => ({ id: i, name: `item-${i}` })) });
  await lab.setRequest(`POST /x HTTP/1.1\nHost: lambda.us-east-2.amazonaws.com\nContent-Type: application/json\n\n${body}`);
  await expect(lab.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  const block = page.getByTestId('editor-body-block');
  await expect(block).toBeAttached();
  await expect(block).toHaveAttribute('data-part', 'payloadHash');
  const at = await page.evaluate(() => {
    const inner = document.querySelector<HTMLElement>('.editor-backdrop > div')!;
    const tints = [...inner.querySelectorAll<HTMLElement>('.tint:not(.tint-block)')];
    const line = parseFloat(getComputedStyle(inner).lineHeight);
    return { text: inner.textContent.length, lastHead: tints.at(-1)!.getBoundingClientRect().bottom, block: inner.querySelector('.tint-block')!.getBoundingClientRect().top, line };
  });
  expect(at.text).toBeLessThan(200);
  // The block starts on the line after the blank one that ends the head.
  expect(at.block - at.lastHead).toBeGreaterThan(at.line * 0.5);
  expect(at.block - at.lastHead).toBeLessThan(at.line * 1.5);
  // A short body keeps its text, run by run.
  await lab.setRequest('POST /x HTTP/1.1\nHost: lambda.us-east-2.amazonaws.com\n\n{"a":1}');
  await expect(block).toHaveCount(0);
});

test('provenance: a highlighted segment lights up its origin in the input, with a label', async ({ lab, page }) => {
  // The host's value in the canonical headers is the one run of them that holds the host name, copied from the request.
  const header = lab.stage('canonical-request').getByTestId('canonical-request-part-canonical-headers').getByTestId('segment').filter({ hasText: 'iam.amazonaws.com' });
  await header.first().hover();
  await expect(page.getByTestId('editor-mark-lit')).toHaveText('iam.amazonaws.com');
  await expect(page.getByTestId('provenance-note')).toContainText('line 2, column 7');
  // Every node that carries those bytes lights up with it, and no other.
  await expect(lab.node('signed-request')).toHaveAttribute('data-lit', 'true');
  await expect(lab.node('canonical-request')).toHaveAttribute('data-lit', 'true');
  await expect(lab.node('string-to-sign')).not.toHaveAttribute('data-lit');

  // Keyboard: focus a value, move segment by segment (the pointer moved away, so no hover competes).
  await page.mouse.move(0, 0);
  await lab.show('string-to-sign');
  await lab.stage('string-to-sign').getByTestId('sourced').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('provenance-note')).toContainText('Fixed by the SigV4 specification');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('provenance-note')).toContainText('Signing time');
  await expect(page.getByTestId('field-signingTime')).toHaveClass(/lit/);
});

test('walkthrough: next, previous and play step through the stages in order', async ({ lab, page }) => {
  const step = page.getByTestId('lab-step');
  await page.getByTestId('lab-next').click();
  await expect(step).toHaveAttribute('data-value', '1');
  await expect(lab.stage('canonical-request-hash')).toHaveAttribute('data-revealed', 'false');
  for (let i = 0; i < 6; i++) await page.getByTestId('lab-next').click();
  await expect(step).toHaveAttribute('data-value', '7');
  await expect(lab.stage('canonical-request-hash')).toHaveAttribute('data-revealed', 'true');
  await expect(lab.stage('canonical-request')).toHaveClass(/walk-consumed/);
  await page.getByTestId('lab-prev').click();
  await expect(step).toHaveAttribute('data-value', '6');
  await page.getByTestId('lab-next').focus();
  await page.keyboard.press('Enter');
  await expect(step).toHaveAttribute('data-value', '7');
  await page.getByTestId('lab-play').click();
  await expect(step).toHaveAttribute('data-value', '13', { timeout: 15_000 });
  await expect(lab.stage('signature')).toHaveAttribute('data-revealed', 'true');
  await page.getByTestId('lab-exit').click();
  await expect(step).toHaveAttribute('data-value', '');
});

test('verify: a signed request matches; changed after signing, it names the first stage that differs', async ({ lab, page }) => {
  const signed = (await lab.value('signed-request'))!;
  await page.getByTestId('verify-input').fill(signed);
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-value', 'match');
  await page.getByTestId('verify-input').fill(signed.replace('charset=utf-8', 'charset=UTF-8'));
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-value', 'mismatch');
  await expect(page.getByTestId('first-difference')).toHaveAttribute('data-value', 'signature');
  await page.getByTestId('verify-input').fill(signed.replace(/Content-Type:[^\n]*\n/, ''));
  await expect(page.getByTestId('first-difference')).toHaveAttribute('data-value', 'canonical-headers');

  await lab.loadExample('s3-presigned');
  const url = (await lab.value('presigned-url'))!;
  await page.getByTestId('verify-input').fill(url);
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-value', 'match');
  await lab.fill('secret-key-input', 'not-the-secret');
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-value', 'mismatch');
});

test('pasted markup stays text', async ({ lab, page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  const payload = 'GET /<img src=x onerror="window.__xss=1"> HTTP/1.1\nHost: <script>window.__xss=1</script>\nX: <b>bold</b>\n';
  await lab.setRequest(payload);
  await page.getByTestId('verify-input').fill(payload);
  await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', /<script>window\.__xss=1<\/script>/);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await lab.stageList.locator('img, script, b').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('secrets stay out of storage and the address bar', async ({ lab, page }) => {
  await lab.loadExample('s3-get-temporary');
  await lab.fill('secret-key-input', 'MySecretKeyThatMustNotLeak');
  await lab.fill('session-token-input', 'MyTokenThatMustNotLeak');
  await expect(lab.stage('signature')).toHaveAttribute('data-value', /^[0-9a-f]{64}$/);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
  expect(stored).not.toContain('MySecretKey');
  expect(stored).not.toContain('MyToken');
  expect(page.url()).not.toContain('MySecretKey');
  expect(page.url()).not.toContain('MyToken');
  expect(await lab.visibleText()).not.toContain('MyTokenThatMustNotLeak');
  await expect(page.getByTestId('session-token-input')).toHaveAttribute('type', 'password');
});

test('hex dump toggle shows the bytes of a stage', async ({ lab }) => {
  await lab.show('string-to-sign');
  await lab.stage('string-to-sign').getByTestId('hex-toggle').click();
  await expect(lab.stage('string-to-sign').getByTestId('hex-dump')).toContainText('00000000  41 57 53 34 2d 48 4d 41 43 2d 53 48 41 32 35 36  AWS4-HMAC-SHA256');
});
