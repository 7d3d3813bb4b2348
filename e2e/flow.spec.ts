/** The credential flow as a user drives it: every scenario to its end, stepping, keyboard, the trust policy, the hand-off to the lab. */
import { buildFlow, messageText, refreshSchedule, SCENARIO_IDS } from '../src/flow';
import { FLOW_CLOCK, FLOW_SEED } from '../src/store/flow-slice';
import { expect, test } from './fixtures';
import { FlowPage, NODE_IDS } from './pages/flow-page';
import { LabPage } from './pages/lab-page';

const model = (id: (typeof SCENARIO_IDS)[number]) => buildFlow(id, { seed: FLOW_SEED, clock: FLOW_CLOCK });

test.describe('every scenario plays to its end', () => {
  for (const id of SCENARIO_IDS) {
    test(id, async ({ lab, page }) => {
      // The exact messages, secrets included, are in data-value only when the user reveals them.
      await lab.revealSecrets.click();
      const flow = new FlowPage(page);
      await flow.open();
      const m = model(id);
      await flow.scenario.selectOption(id);
      await expect(flow.step).toHaveAttribute('data-value', '0');
      await flow.control('speed').selectOption('2');
      await flow.control('play').click();
      await expect(flow.step).toHaveAttribute('data-value', String(m.stepCount), { timeout: 30_000 });
      await expect(flow.control('pause')).toBeDisabled({ timeout: 15_000 });
      const last = m.steps[m.stepCount - 1]!;
      const text = await flow.messageText();
      expect(text).toBe(messageText(last));
      if (m.verdict.outcome !== 'ok') await expect(flow.edge(m.verdict.failedStep!)).toHaveAttribute('data-outcome', /fail|timeout/);
      for (const n of m.steps) await expect(flow.edge(n.number)).toHaveAttribute('data-outcome', n.outcome);
    });
  }
});

test('imdsv2: each step carries its real message', async ({ page }) => {
  const flow = new FlowPage(page);
  await new LabPage(page).goto();
  await page.getByTestId('reveal-secrets').click();
  await flow.open();
  for (const node of NODE_IDS) await expect(flow.node(node)).toBeVisible();
  // Instance-profile credentials: fetched by EC2 on its schedule, valid about six hours.
  const creds = model('imdsv2').credentials!;
  const expiration = creds.expiration; // YYYY-MM-DDTHH:MM:SSZ: nothing a RegExp reads specially
  const expectations: [number, RegExp][] = [
    [1, /^PUT \/latest\/api\/token HTTP\/1\.1\n[\s\S]*\nx-aws-ec2-metadata-token-ttl-seconds: 21600\nUser-Agent: Botocore\/[\s\S]*\nContent-Length: 0\n[\s\S]*X-Aws-Ec2-Metadata-Token-Ttl-Seconds: 21600[\s\S]*GET \/latest\/meta-data\/iam\/security-credentials\/s3access HTTP\/1\.1\n[\s\S]*\nx-aws-ec2-metadata-token: /],
    [2, /^POST \/ HTTP\/1\.1\n[\s\S]*Authorization: ?AWS4-HMAC-SHA256 Credential=AKIA[\s\S]*Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A\d{12}%3Arole%2Fs3access&RoleSessionName=i-[0-9a-f]{17}$/],
    [3, /"Service": "ec2\.amazonaws\.com"[\s\S]*"Action": "sts:AssumeRole"/],
    [4, new RegExp(String.raw`<AssumeRoleResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">[\s\S]*<AccessKeyId>ASIA[A-Z2-7]{16}<\/AccessKeyId>[\s\S]*<Expiration>${expiration}<\/Expiration>`)],
    [5, new RegExp(String.raw`"Code" ?: "Success"[\s\S]*"LastUpdated" ?: "${creds.lastUpdated}"[\s\S]*"AccessKeyId" ?: "ASIA[A-Z2-7]{16}"[\s\S]*"Expiration" ?: "${expiration}"`)],
    [6, /X-Amz-Security-Token: ?IQoJ[\s\S]*Authorization: ?AWS4-HMAC-SHA256 Credential=ASIA/],
    [7, /"AccessKeyId": "ASIA[A-Z2-7]{16}"[\s\S]*"SignatureSent": "([0-9a-f]{64})",\n {2}"SignatureComputed": "\1"[\s\S]*"Result": "Verified"/],
    [8, /"Action": "s3:ListBucket"[\s\S]*"Decision": "Allow"[\s\S]*HTTP\/1\.1 200 OK\n[\s\S]*<ListBucketResult xmlns="http:\/\/s3\.amazonaws\.com\/doc\/2006-03-01\/">/],
  ];
  for (const [n, re] of expectations) {
    await flow.control('next').click();
    await expect(flow.step).toHaveAttribute('data-value', String(n));
    expect(await flow.messageText()).toMatch(re);
  }
  await expect(flow.control('next')).toBeDisabled();
  await expect(page.getByTestId('flow-credentials')).toHaveAttribute('data-access-key', /^ASIA[A-Z2-7]{16}$/);
  await expect(page.getByTestId('flow-refresh').locator('li')).toHaveCount(refreshSchedule(creds, FLOW_CLOCK).length);
  await new LabPage(page).open();
  await page.getByTestId('reveal-secrets').click();
  await flow.open();
  expect(await page.getByTestId('flow-credentials').innerText()).not.toContain(model('imdsv2').credentials!.secretAccessKey);
});

test('stepping forward and back, jumping, restarting', async ({ page }) => {
  const flow = new FlowPage(page);
  await page.goto('./');
  await flow.open();
  await flow.control('next').click();
  await expect(flow.node('instance')).toHaveAttribute('data-active', 'true');
  await expect(flow.node('imds')).toHaveAttribute('data-active', 'true');
  await flow.control('next').click();
  await flow.control('next').click();
  await expect(flow.step).toHaveAttribute('data-value', '3');
  await flow.control('prev').click();
  await expect(flow.step).toHaveAttribute('data-value', '2');
  await page.getByTestId('flow-timeline-5').click();
  await expect(flow.step).toHaveAttribute('data-value', '5');
  await flow.control('restart').click();
  await expect(flow.step).toHaveAttribute('data-value', '0');
});

test('keyboard: Space plays and pauses, ← → step', async ({ page }) => {
  const flow = new FlowPage(page);
  await page.goto('./');
  await flow.open();
  await page.locator('body').press('ArrowRight');
  await expect(flow.step).toHaveAttribute('data-value', '1');
  await page.locator('body').press('ArrowRight');
  await page.locator('body').press('ArrowLeft');
  await expect(flow.step).toHaveAttribute('data-value', '1');
  await page.locator('body').press(' ');
  await expect(flow.control('pause')).toBeEnabled();
  await page.locator('body').press(' ');
  await expect(flow.control('play')).toBeEnabled();
  // Typing in the trust policy never drives the flow.
  const before = await flow.stepNumber();
  await flow.policy.press('ArrowRight');
  expect(await flow.stepNumber()).toBe(before);
});

test('editing the trust policy: without ec2.amazonaws.com step 3 fails; invalid JSON keeps the last valid policy', async ({ page }) => {
  const flow = new FlowPage(page);
  await page.goto('./');
  await flow.open();
  await expect(flow.verdict).toHaveAttribute('data-value', 'allow');
  const text = await flow.policy.inputValue();
  await flow.policy.fill(text.replace('ec2.amazonaws.com', 'lambda.amazonaws.com'));
  await expect(flow.verdict).toHaveAttribute('data-value', 'deny');
  await page.getByTestId('flow-timeline-3').click();
  await expect(flow.edge(3)).toHaveAttribute('data-outcome', 'fail');
  await page.getByTestId('flow-timeline-5').click();
  expect(await flow.messageText()).toContain('AssumeRoleUnauthorizedAccess');
  await flow.policy.fill('{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow", ');
  await expect(page.getByTestId('trust-policy-error')).toContainText(/Line 1, column \d+/);
  await expect(flow.verdict).toHaveAttribute('data-value', 'deny');
  await flow.policy.fill(text);
  await expect(flow.verdict).toHaveAttribute('data-value', 'allow');
  await expect(page.getByTestId('trust-policy-error')).toBeHidden();
});

test('use-in-lab opens the lab with the signed call and credentials, and its signature verifies', async ({ lab, page }) => {
  await lab.revealSecrets.click();
  const flow = new FlowPage(page);
  await flow.open();
  for (let i = 0; i < 6; i++) await flow.control('next').click();
  const signature = /Signature=([0-9a-f]{64})/.exec(await flow.messageText())![1]!;
  await page.getByTestId('use-in-lab').click();
  await expect(lab.stage('signature')).toHaveAttribute('data-value', signature);
  await expect(page.getByTestId('access-key-input')).toHaveValue(/^ASIA/);
  await expect(page.getByTestId('session-token-input')).toHaveValue(/^IQoJb3JpZ2luX2Vj/);
  await page.getByTestId('verify-input').fill((await lab.value('signed-request'))!);
  await expect(page.getByTestId('verify-result')).toHaveAttribute('data-value', 'match');
});
