/** The lab signs what real clients sign: a raw + in the query, and curl's own headers left unsigned. */
import { expect, test } from './fixtures';

test.use({ locale: 'en-US' });

const CURL = `curl -d 'a=1' -b 'c=1' -H 'User-Agent: mine' -H 'X-Trace: 7' --aws-sigv4 'aws:amz:us-east-1:execute-api' -u 'AKIDEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' 'https://abc.execute-api.us-east-1.amazonaws.com/prod/items?q=a+b'`;

test('a raw + in the query: the lab says AWS reads it as a space, beside the canonical query', async ({ lab, page }) => {
  await lab.setRequest('GET /?Action=ListUsers&PathPrefix=/a+b/&Version=2010-05-08 HTTP/1.1\nHost: iam.amazonaws.com\n');
  const part = page.getByTestId('canonical-request-part-canonical-query');
  await expect(part).toHaveAttribute('data-value', 'Action=ListUsers&PathPrefix=%2Fa%20b%2F&Version=2010-05-08');
  const note = part.getByTestId('query-plus-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('AWS reads this + as a space; send %2B for a plus sign.');
  const param = note.getByTestId('query-plus-param');
  await expect(param).toHaveAttribute('data-value', 'PathPrefix=%2Fa%20b%2F');
  // Focusing the parameter lights its origin: the note names the line and column in the input.
  await param.focus();
  await expect(page.getByTestId('provenance-note')).toContainText('line 1, column 24 (16 characters)');
  // A plus sign sent as %2B needs no note.
  await lab.setRequest('GET /?PathPrefix=%2B HTTP/1.1\nHost: iam.amazonaws.com\n');
  await expect(page.getByTestId('query-plus-note')).toHaveCount(0);
});

test('the what-if of a client that signs the raw + as %2B changes the canonical query first', async ({ lab, page }) => {
  await lab.setRequest('GET /?q=a+b HTTP/1.1\nHost: iam.amazonaws.com\n');
  await page.getByTestId('whatif-query-plus-as-plus').check();
  await expect(page.getByTestId('whatif-impact')).toHaveAttribute('data-value', 'canonical-query');
  await expect(page.getByTestId('whatif-changed')).toHaveAttribute('data-value', /(^| )signature( |$)/);
});

test('a curl import signs what curl --aws-sigv4 signs and names the rest', async ({ lab, page }) => {
  await lab.setRequest(CURL);
  await expect(lab.inputKind).toHaveAttribute('data-value', 'curl');
  await expect(page.getByTestId('canonical-request-part-signed-headers')).toHaveAttribute('data-value', 'host;user-agent;x-amz-date;x-trace');
  await expect(lab.stage('authorization-header')).toHaveAttribute('data-value', /SignedHeaders=host;user-agent;x-amz-date;x-trace, Signature=[0-9a-f]{64}$/);
  await expect(page.getByTestId('curl-unsigned-note')).toHaveAttribute('data-value', 'cookie,accept,content-type');
  await expect(page.getByTestId('curl-signed-skippable-note')).toHaveAttribute('data-value', 'user-agent');
  const signed = (await lab.value('signed-request'))!;
  // The signed request is what curl sends: its own headers kept, the signer's written Name: value.
  expect(signed).toContain('\nCookie: c=1\nAccept: */*\n');
  expect(signed).toContain('\nContent-Type: application/x-www-form-urlencoded\n');
  expect(signed).toMatch(/\nX-Amz-Date: \d{8}T\d{6}Z\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\//);
});
