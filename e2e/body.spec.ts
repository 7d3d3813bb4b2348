/** A 16 MB body, dropped as a file: hashed in a Web Worker with a progress bar, then signed like any other. */
import { parseRequest, parseSigningTime, profileRules, signRequest } from '../src/sigv4';
import { EXAMPLES } from '../src/content/examples';
import { expect, test } from './fixtures';

const SIZE = 16 * 1024 * 1024;
const pattern = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);

test('a dropped 16 MB file is hashed off the main thread and signed', async ({ lab, page }) => {
  await lab.loadExample('sts-assume-role');
  await page.evaluate((size) => {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'big.bin'));
    document.querySelector('.editor')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, SIZE);
  await expect(page.getByTestId('body-file')).toHaveAttribute('data-value', String(SIZE));
  await expect(page.getByTestId('hash-progress')).toHaveAttribute('data-value', '100', { timeout: 30_000 });
  const e = EXAMPLES['sts-assume-role'];
  const request = { ...parseRequest(e.request), bodyBytes: pattern(SIZE) };
  const expected = signRequest(request, {
    credentials: { accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey },
    region: e.region, service: e.service, signingTime: parseSigningTime(e.signingTime)!, mode: 'header', expiresIn: 3600,
    ...profileRules('generic'), omitSessionToken: false, skipNeverSignedHeaders: false,
  });
  await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', new RegExp(`\\n${expected.stages.payloadHash.text}$`));
  await expect(lab.stage('signature')).toHaveAttribute('data-value', expected.stages.signature.text);
  await page.getByTestId('body-file-remove').click();
  await expect(page.getByTestId('body-file')).toHaveCount(0);
});

test('a request pasted with a 2 MB body keeps its head in the editor and signs the body it moved out', async ({ lab, page }) => {
  const body = 'abcdefghijklmnop'.repeat(1 << 17);
  const head = 'POST / HTTP/1.1\nHost: sts.amazonaws.com\nContent-Type: text/plain\n\n';
  await lab.requestInput.fill(head + body);
  await expect(lab.requestInput).toHaveValue(head);
  await expect(page.getByTestId('body-file')).toHaveAttribute('data-value', String(body.length));
  await expect(page.getByTestId('hash-progress')).toHaveAttribute('data-value', '100', { timeout: 30_000 });
  const { createHash } = await import('node:crypto');
  await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', new RegExp(`\\n${createHash('sha256').update(body).digest('hex')}$`));
});

test('a chosen 256 MiB file: the main thread never blocks over 50 ms, the digest is SHA-256 of its bytes, and removing it ends the job', async ({ lab, page }, info) => {
  const { createHash } = await import('node:crypto');
  const { writeFileSync } = await import('node:fs');
  const size = 256 * 1024 * 1024;
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 4096) bytes[i] = (i >> 12) & 0xff;
  const path = info.outputPath('huge.bin');
  writeFileSync(path, bytes);
  await lab.loadExample('sts-assume-role');
  // Long tasks are observed from here on; a deliberate 80 ms task first proves the observer sees them.
  const probe = await page.evaluate(async () => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask' });
    await new Promise((r) =>
      setTimeout(() => {
        const t0 = performance.now();
        while (performance.now() - t0 < 80);
        r(null);
      }, 0),
    );
    await new Promise((r) => setTimeout(r, 300));
    const seen = Math.max(0, ...w.longTasks);
    w.longTasks = [];
    return seen;
  });
  expect(probe).toBeGreaterThanOrEqual(50);
  await page.getByTestId('body-file-input').setInputFiles(path);
  await expect(page.getByTestId('body-file')).toHaveAttribute('data-value', String(size));
  await expect(page.getByTestId('hash-progress')).toHaveAttribute('data-value', '100', { timeout: 60_000 });
  await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', new RegExp(`\\n${createHash('sha256').update(bytes).digest('hex')}$`));
  expect(await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks))).toBeLessThanOrEqual(50);
  await page.getByTestId('body-file-remove').click();
  await expect(page.getByTestId('body-file')).toHaveCount(0);
  await expect(page.getByTestId('hash-progress')).toHaveCount(0);
});
