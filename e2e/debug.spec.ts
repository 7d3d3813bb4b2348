/** Debugging a rejected request: the server echo diff with its causes, every what-if, and the exports. */
import { WHATIFS } from '../src/diagnose';
import { stageSlug } from '../src/sigv4';
import { expect, test } from './fixtures';

// A request that every generic what-if can break: an escaped path, a query with a space, a raw +
// and a colon, untrimmed and repeated headers, a Content-Type, and temporary credentials.
const RICH = 'GET /prod/@connections/R0oiqdJ8IAMCJog%3D?tag-key=2&tag:Name=x%20y&q=a+b HTTP/1.1\nHost: abc.execute-api.us-east-1.amazonaws.com\nContent-Type: application/json\nMy-Header:  a   b\nMy-Header: c\n';

test.use({ locale: 'en-US' });

test.describe('what-if', () => {
  for (const w of WHATIFS) {
    test(`${w.id} changes ${w.stage} first and runs down to the signature`, async ({ lab, page }) => {
      if (w.id === 's3-path-normalised') {
        await lab.loadExample('s3-get-temporary');
        await lab.setRequest('GET /my-object//example//photo%2Fuser.jpg HTTP/1.1\nHost: examplebucket.s3.ap-northeast-1.amazonaws.com\n');
      } else {
        await lab.loadExample('s3-get-temporary');
        await lab.setRequest(RICH);
        await expect(page.getByTestId('service-input')).toHaveValue('execute-api');
      }
      await page.getByTestId(`whatif-${w.id}`).check();
      const impact = page.getByTestId('whatif-impact');
      await expect(impact).toHaveAttribute('data-value', stageSlug(w.stage));
      await expect(page.getByTestId('whatif-changed')).toHaveAttribute('data-value', /(^| )signature( |$)/);
      await page.getByTestId(`whatif-${w.id}`).uncheck();
      await expect(impact).toHaveCount(0);
    });
  }
});

test('server echo: S3 XML with a changed header names the stage and the cause', async ({ lab, page }) => {
  await lab.loadExample('s3-get-temporary');
  // The canonical request holds the session token: exact in data-value once revealed.
  await lab.revealSecrets.click();
  const ours = (await lab.value('canonical-request'))!;
  const sts = (await lab.value('string-to-sign'))!;
  // The server saw the Range header with an extra space trimmed differently: a header changed in transit.
  const server = ours.replace('range:bytes=0-9', 'range:bytes=0-99');
  const hex = (s: string) => Array.from(new TextEncoder().encode(s), (b) => b.toString(16).padStart(2, '0')).join(' ');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message><AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>${sts}</StringToSign><SignatureProvided>00</SignatureProvided><StringToSignBytes>${hex(sts)}</StringToSignBytes><CanonicalRequest>${server}</CanonicalRequest><CanonicalRequestBytes>${hex(server)}</CanonicalRequestBytes><RequestId>X</RequestId></Error>`;
  await page.getByTestId('echo-input').fill(xml);
  await expect(page.getByTestId('echo-diff')).toHaveAttribute('data-value', 'canonical-headers');
  await expect(page.getByTestId('echo-diff').locator('mark').first()).toBeVisible();
  await expect(page.getByTestId('echo-cause')).toHaveAttribute('data-value', /header/);
});

test('server echo: another service’s message with a path encoded once names the double-encoding rule', async ({ lab, page }) => {
  await lab.loadExample('apigw-connections');
  const ours = (await lab.value('canonical-request'))!;
  const sts = (await lab.value('string-to-sign'))!;
  const server = ours.replace('%253D', '%3D');
  const message = `{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\\n\\nThe Canonical String for this request should have been\\n'${server.replace(/\n/g, '\\n')}'\\n\\nThe String-to-Sign should have been\\n'${sts.replace(/\n/g, '\\n')}'\\n"}`;
  await page.getByTestId('echo-input').fill(message);
  await expect(page.getByTestId('echo-diff')).toHaveAttribute('data-value', 'canonical-uri');
  await expect(page.getByTestId('echo-cause')).toHaveAttribute('data-causes', /path-/);
});

test('server echo: an aws --debug log that matches says so; a malformed echo names line and column', async ({ lab, page }) => {
  const cr = (await lab.value('canonical-request'))!;
  const sts = (await lab.value('string-to-sign'))!;
  const log = `2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG - CanonicalRequest:\n${cr}\n2024-05-01 10:00:00,124 - MainThread - botocore.auth - DEBUG - StringToSign:\n${sts}\n2024-05-01 10:00:00,125 - MainThread - botocore.auth - DEBUG - Signature:\n${await lab.value('signature')}\n`;
  await page.getByTestId('echo-input').fill(log);
  await expect(page.getByTestId('echo-diff')).toHaveAttribute('data-value', 'none');
  await page.getByTestId('echo-input').fill('<Error><CanonicalRequestBytes>47 45 zz</CanonicalRequestBytes></Error>');
  await expect(page.getByTestId('echo-error')).toContainText(/Line 1, column \d+/);
});

test('exports the signed request as curl and the presigned URL', async ({ lab, page }) => {
  await expect(page.getByTestId('export-curl')).toHaveAttribute('data-value', /^curl /);
  await expect(page.getByTestId('export-curl')).toHaveAttribute('data-value', /Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/);
  // In header mode the same request is presigned too, for export.
  await expect(page.getByTestId('export-url')).toHaveAttribute('data-value', /^https:\/\/iam\.amazonaws\.com\?Action=ListUsers&.*X-Amz-Signature=[0-9a-f]{64}$/);
  await lab.loadExample('s3-presigned');
  await expect(page.getByTestId('export-url')).toHaveAttribute('data-value', /^https:\/\/examplebucket\.s3\.amazonaws\.com\/test\.txt\?X-Amz-Algorithm=/);
  await lab.show('signature');
  await lab.stage('signature').getByTestId('repro-summary').click();
  await expect(lab.stage('signature').getByTestId('repro')).toContainText('openssl dgst -sha256 -mac HMAC');
});

test('a 64 KB body: the curl export draws its first 4 KB and says how much more there is; its value and its copy stay whole', async ({ lab, page }) => {
  const body = 'x'.repeat(64 * 1024);
  await lab.setRequest(`POST / HTTP/1.1\nHost: example.amazonaws.com\nContent-Type: text/plain\n\n${body}`);
  const item = page.getByTestId('export-curl');
  await expect(item).toHaveAttribute('data-value', new RegExp(`--data-binary '${body}'`));
  const full = (await item.getAttribute('data-value'))!;
  expect((await item.locator('pre').textContent())!).toBe(full.slice(0, 4096));
  await expect(item).toContainText(`${full.length - 4096} more characters not shown`);
});
