/**
 * The other end of the signed call, in both languages: the endpoint verifies, IAM authorizes with the
 * role's permission policy, S3 answers; the policy edited live turns the answer into 403 AccessDenied and back.
 */
import { buildFlow, messageText } from '../src/flow';
import { FLOW_CLOCK, FLOW_SEED } from '../src/store/flow-slice';
import { expect, test } from './fixtures';
import { FlowPage } from './pages/flow-page';

const model = buildFlow('imdsv2', { seed: FLOW_SEED, clock: FLOW_CLOCK });
const DENIED = `User: arn:aws:sts::123456789012:assumed-role/s3access/${model.caller} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::amzn-s3-demo-bucket" because no identity-based policy allows the s3:ListBucket action`;
const WORDS = {
  en: { verify: 'recomputes the signature', authorize: 'permission policy, not its trust policy' },
  ja: { verify: '署名を計算し直す', authorize: '信頼ポリシーではありません' },
} as const;

for (const lang of ['en', 'ja'] as const) {
  test(`${lang}: imdsv2 to its end, the endpoint verifies and IAM authorizes; an edited permission policy gives 403 AccessDenied, and back`, async ({ lab, page }) => {
    await lab.selectLanguage(lang);
    const flow = new FlowPage(page);
    await flow.open();
    await flow.control('speed').selectOption('2');
    await flow.control('play').click();
    await expect(flow.step).toHaveAttribute('data-value', String(model.stepCount), { timeout: 30_000 });
    await expect(flow.control('pause')).toBeDisabled({ timeout: 15_000 });
    expect(model.steps.slice(-2).map((s) => s.id)).toEqual(['endpoint-verify', 'authorize']);
    const [verify, authorize] = model.steps.slice(-2) as [typeof model.steps[number], typeof model.steps[number]];

    // The last step: the permission policy's decision and S3's listing.
    expect(await flow.messageText()).toBe(messageText(authorize));
    expect(await flow.messageText()).toContain('<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">');
    await expect(page.getByTestId('flow-explanation')).toContainText(WORDS[lang].authorize);
    const verdict = page.getByTestId('permission-verdict');
    await expect(verdict).toHaveAttribute('data-value', 'allow');
    await expect(verdict).toContainText('✓');

    // The step before: the endpoint's own check, the signature recomputed equal.
    await flow.control('prev').click();
    await expect(flow.step).toHaveAttribute('data-value', String(verify.number));
    await expect(flow.message).toHaveAttribute('data-arrived', 'true');
    expect(await flow.messageText()).toBe(messageText(verify));
    expect(await flow.messageText()).toContain('"Result": "Verified"');
    await expect(page.getByTestId('flow-explanation')).toContainText(WORDS[lang].verify);
    await flow.control('next').click();
    await expect(flow.step).toHaveAttribute('data-value', String(authorize.number));

    // Edit the policy: without the statement that allows listing, the call is implicitly denied.
    const editor = page.getByTestId('permission-policy-editor');
    const original = await editor.inputValue();
    const onlyObjects = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' }] }, null, 2);
    await editor.fill(onlyObjects);
    await expect(verdict).toHaveAttribute('data-value', 'deny');
    await expect(verdict).toContainText('✗');
    await expect(flow.step).toHaveAttribute('data-value', String(authorize.number));
    await expect(flow.edge(authorize.number)).toHaveAttribute('data-outcome', 'fail');
    await expect(flow.message).toHaveAttribute('data-arrived', 'true');
    const denied = await flow.messageText();
    expect(denied).toContain('HTTP/1.1 403 Forbidden');
    expect(denied).toContain(`<Code>AccessDenied</Code>\n  <Message>${DENIED}</Message>`);

    // An explicit Deny: the message says so.
    const withDeny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:List*', Resource: '*' }] });
    await editor.fill(withDeny);
    await expect(verdict).toHaveAttribute('data-reason', 'explicit-deny');
    await expect.poll(() => flow.messageText()).toContain('with an explicit deny in an identity-based policy</Message>');

    // A policy that does not parse: a located error, the last valid one stays in force.
    await editor.fill('{ "Version": "2012-10-17", ');
    await expect(page.getByTestId('permission-policy-error')).toBeVisible();
    await expect(page.getByTestId('permission-policy-error')).toContainText(lang === 'en' ? 'Line 1, column' : '1 行');
    await expect(verdict).toHaveAttribute('data-reason', 'explicit-deny');

    // And back: the default allows the listing again.
    await editor.fill(original);
    await expect(verdict).toHaveAttribute('data-value', 'allow');
    await expect(page.getByTestId('permission-policy-error')).toBeHidden();
    await expect.poll(() => flow.messageText()).toBe(messageText(authorize));
  });
}
