/** Secrets and links: nothing secret reaches the address bar or an unticked link, and a link cannot plant credentials. */
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

// Not the examples' secret, so that a leak cannot hide behind the default form.
const SECRET = 'e2eSECRETnotTheExample/K7MDENG+bPxRfiCY';
const TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLETOKENe2e';

const REQUESTS: [string, string][] = [
  ['curl -u KEY:SECRET', `curl -u 'AKIDEXAMPLE:${SECRET}' --aws-sigv4 aws:amz:us-east-1:iam 'https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08'`],
  ['a URL with userinfo', `https://AKIDEXAMPLE:${encodeURIComponent(SECRET)}@iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08`],
  ['a presigned URL with a token', `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20150830T123600Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Security-Token=${TOKEN}&X-Amz-Signature=${'a'.repeat(64)}`],
  ['token and Authorization headers', `GET / HTTP/1.1\nHost: iam.amazonaws.com\nX-Amz-Security-Token: ${TOKEN}\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=${'b'.repeat(64)}\n`],
];

const leaks = (s: string): boolean => {
  const d = decodeURIComponent(s.replaceAll('+', ' '));
  return d.includes(SECRET) || d.includes(encodeURIComponent(SECRET)) || d.includes(TOKEN) || d.includes('aaaaaaaaaaaa') || d.includes('bbbbbbbbbbbb') || d.includes('AKIDEXAMPLE/2015') || d.includes('AKIDEXAMPLE%2F2015');
};

for (const [name, text] of REQUESTS) {
  test(`${name}: never in the address bar, the history or an unticked share link`, async ({ lab, page }) => {
    const entries = await page.evaluate(() => history.length);
    await lab.setRequest(text);
    await expect.poll(() => page.url()).toContain('r=');
    expect(leaks(page.url())).toBe(false);
    await page.getByTestId('share-menu').click();
    const link = (await page.getByTestId('share-link').getAttribute('data-value'))!;
    expect(leaks(link)).toBe(false);
    // Edits replace the history entry; they never add one.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.getByTestId('share-secrets').check();
    expect(leaks((await page.getByTestId('share-link').getAttribute('data-value'))!)).toBe(true);
  });
}

test('credentials from a link are held, named as someone else\'s, and the secret leaves the address bar at once', async ({ page }) => {
  const fragment = new URLSearchParams({ v: 'lab', ak: 'AKIDFROMLINK', sk: 'LinkSecretValue', tk: 'LinkTokenValue', rg: 'eu-west-1' }).toString();
  await page.goto('./#' + fragment);
  const notice = page.getByTestId('link-credentials');
  await expect(notice).toBeVisible();
  // On screen wherever the link scrolled to, its buttons reachable.
  await expect(notice).toBeInViewport();
  await expect(page.getByTestId('link-credentials-accept')).toBeInViewport();
  await expect(notice).toContainText("this link set the access key, secret and token: they are someone else's".replace(/^t/, 'T'));
  expect(page.url()).not.toContain('LinkSecretValue');
  expect(page.url()).not.toContain('LinkTokenValue');
  await expect(page.getByTestId('region-input')).toHaveValue('eu-west-1');
  await expect(page.getByTestId('secret-key-input')).not.toHaveValue('LinkSecretValue');
  await expect(page.getByTestId('access-key-input')).not.toHaveValue('AKIDFROMLINK');
  await page.getByTestId('link-credentials-accept').click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByTestId('secret-key-input')).toHaveValue('LinkSecretValue');
  await expect(page.getByTestId('access-key-input')).toHaveValue('AKIDFROMLINK');
  await expect.poll(() => page.url()).toContain('ak=AKIDFROMLINK');
  expect(page.url()).not.toContain('LinkSecretValue');
});

test('a link whose request carries a secret is opened without it until accepted', async ({ page }) => {
  const text = `curl -u 'AKIDEXAMPLE:${SECRET}' https://iam.amazonaws.com/`;
  await page.goto('./#' + new URLSearchParams({ v: 'lab', r: text }).toString());
  await expect(page.getByTestId('link-credentials')).toBeVisible();
  await expect(page.getByTestId('request-input')).toHaveValue(`curl -u 'AKIDEXAMPLE:' https://iam.amazonaws.com/`);
  expect(leaks(page.url())).toBe(false);
  await page.getByTestId('link-credentials-dismiss').click();
  await expect(page.getByTestId('link-credentials')).toHaveCount(0);
  await expect(page.getByTestId('secret-key-input')).not.toHaveValue(SECRET);
});

test('the secret and the token are masked in every attribute the page renders until revealed', async ({ lab, page }) => {
  await lab.loadExample('s3-get-temporary');
  await lab.select('mode-select', 'query');
  const token = 'IQoJb3JpZ2luX2Vj';
  const secret = 'wJalrXUtnFEMI/K7MDENG';
  const attributes = () =>
    page.evaluate(() => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('*')) for (const a of el.getAttributeNames()) if (a !== 'data-testid') out.push(el.getAttribute(a) ?? '');
      return out.join('\n');
    });
  const all = await attributes();
  expect(all).not.toContain(token);
  expect(all).not.toContain(secret);
  expect(all).not.toContain(encodeURIComponent(secret));
  // Revealed, the stages carry their exact values again.
  await lab.revealSecrets.click();
  await expect(lab.stage('presigned-url')).toHaveAttribute('data-value', new RegExp(`X-Amz-Security-Token=${token}`));
});
