/** A 16 MB body, dropped as a file: hashed in a Web Worker with a progress bar, then signed like any other. */
import { DEFAULT_EXPIRES_SECONDS, parseRequest, parseSigningTime, profileRules, signRequest } from '../src/sigv4';
import { EXAMPLES } from '../src/content/examples';
import { expect, test } from './fixtures';

const SIZE = 16 * 1024 * 1024;
const pattern = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);

test('a dropped 16 MB file is hashed off the main thread and signed', async ({ lab, page }) => {
  await lab.loadExample('sts-assume-role');
  await lab.dropFile(SIZE, 'big.bin');
  await expect(page.getByTestId('body-file')).toHaveAttribute('data-value', String(SIZE));
  await expect(page.getByTestId('hash-progress')).toHaveAttribute('data-value', '100', { timeout: 30_000 });
  const e = EXAMPLES['sts-assume-role'].inputs;
  const request = { ...parseRequest(e.requestText), bodyBytes: pattern(SIZE) };
  const expected = signRequest(request, {
    credentials: { accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey },
    region: e.region, service: e.service, signingTime: parseSigningTime(e.signingTime)!, mode: 'header', expiresIn: DEFAULT_EXPIRES_SECONDS,
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

test.describe('a file of 256 MiB', { tag: '@alone' }, () => {
  // Long tasks are a timing measure: the test runs alone after the others (@alone, playwright.config.ts),
  // and a retry absorbs a burst of the machine's, while a real regression (blocking that grows with the size) fails every try.
  test.describe.configure({ retries: 2 });

  test('a chosen 256 MiB file: the main thread never blocks over 50 ms while it is read and hashed, the digest is SHA-256 of its bytes, and removing it ends the job', async ({ lab, page }, info) => {
    const { createHash } = await import('node:crypto');
    const { writeFileSync } = await import('node:fs');
    const size = 256 * 1024 * 1024;
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i += 4096) bytes[i] = (i >> 12) & 0xff;
    const path = info.outputPath('huge.bin');
    writeFileSync(path, bytes);
    await lab.loadExample('sts-assume-role');
    // Long tasks are observed from here on, with the moment the digest arrived; a deliberate 80 ms
    // task first proves the observer sees them.
    const probe = await page.evaluate(async () => {
      const w = window as unknown as { longTasks: [number, number][]; hashedAt: number; chosenAt: number };
      w.longTasks = [];
      w.hashedAt = Infinity;
      w.chosenAt = -1;
      // The task that takes the chosen file (its change event: one render of the lab with the stages pending) is choosing, not reading or hashing.
      document.addEventListener('change', () => (w.chosenAt = performance.now()), { capture: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="hash-progress"]')?.getAttribute('data-value') === '100') w.hashedAt = Math.min(w.hashedAt, performance.now());
      }).observe(document.body, { subtree: true, attributes: true, childList: true });
      await new Promise((r) =>
        setTimeout(() => {
          const t0 = performance.now();
          while (performance.now() - t0 < 80);
          r(null);
        }, 0),
      );
      await new Promise((r) => setTimeout(r, 300));
      const seen = Math.max(0, ...w.longTasks.map(([, d]) => d));
      w.longTasks = [];
      return seen;
    });
    expect(probe).toBeGreaterThanOrEqual(50);
    await page.getByTestId('body-file-input').setInputFiles(path);
    await expect(page.getByTestId('body-file')).toHaveAttribute('data-value', String(size));
    await expect(page.getByTestId('hash-progress')).toHaveAttribute('data-value', '100', { timeout: 60_000 });
    await expect(lab.stage('canonical-request')).toHaveAttribute('data-value', new RegExp(`\\n${createHash('sha256').update(bytes).digest('hex')}$`));
    const tasks = await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; hashedAt: number; chosenAt: number };
      // The task that draws the digest is the one the marker is set in: it ends after the marker.
      // Every task of reading and hashing ended before it, and began after the one that took the file.
      const ended = (t: number, d: number): boolean => t + d < w.hashedAt;
      const choosing = (t: number, d: number): boolean => t <= w.chosenAt && w.chosenAt <= t + d;
      const reading = w.longTasks.filter(([t, d]) => ended(t, d) && !choosing(t, d));
      return {
        chosen: Math.max(0, ...w.longTasks.filter(([t, d]) => choosing(t, d)).map(([, d]) => d)),
        before: Math.max(0, ...reading.map(([, d]) => d)),
        after: Math.max(0, ...w.longTasks.filter(([t, d]) => !ended(t, d)).map(([, d]) => d)),
      };
    });
    // Reading and hashing 256 MiB costs the page nothing it would notice.
    expect(tasks.before).toBeLessThanOrEqual(50);
    // Drawing every stage once the digest is there is one render of the lab, whatever the size: a
    // figure, not an assertion (it depends on the other worker sharing the two cores); the bench
    // measures it alone as labHashLongestTaskMs.
    info.annotations.push({ type: 'longest task after the digest (ms)', description: String(Math.round(tasks.after)) });
    info.annotations.push({ type: 'the task that took the file (ms)', description: String(Math.round(tasks.chosen)) });
    await page.getByTestId('body-file-remove').click();
    await expect(page.getByTestId('body-file')).toHaveCount(0);
    await expect(page.getByTestId('hash-progress')).toHaveCount(0);
  });
});
