/** The SDK's provider chain in front of the journey (issue 13): in order, each answered, skipped or not reached, and why, in both languages. */
import { CHAIN_IDS, SCENARIO_IDS, buildFlow, chainOf } from '../src/flow';
import { FLOW_CLOCK, FLOW_SEED } from '../src/store/flow-slice';
import { expect, test } from './fixtures';
import { FlowPage } from './pages/flow-page';

const model = (id: (typeof SCENARIO_IDS)[number]) => buildFlow(id, { seed: FLOW_SEED, clock: FLOW_CLOCK });

/** What each language says an item's state is, and a fragment of one reason. */
const WORDS = {
  en: { answered: 'answered', skipped: 'skipped', imdsDisabled: 'AWS_EC2_METADATA_DISABLED=true' },
  ja: { answered: '見つかった', skipped: 'なし', imdsDisabled: 'AWS_EC2_METADATA_DISABLED=true のため' },
} as const;

for (const lang of ['en', 'ja'] as const) {
  test.describe(`the provider chain (${lang})`, () => {
    test('every scenario: one item per provider in the SDK\'s order, the states of its chain', async ({ page }) => {
      const flow = new FlowPage(page);
      await page.goto('./');
      await flow.open();
      await page.getByTestId('lang-select').selectOption(lang);
      const chain = page.getByTestId('flow-chain');
      await expect(chain).toBeVisible();
      for (const id of SCENARIO_IDS) {
        await flow.scenario.selectOption(id);
        const m = model(id);
        const ids = await chain.locator('[data-testid^="flow-chain-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
        expect(ids).toEqual(CHAIN_IDS.map((c) => `flow-chain-${c}`));
        for (const item of chainOf(m).items) await expect(page.getByTestId(`flow-chain-${item.id}`), `${id} ${item.id}`).toHaveAttribute('data-state', item.state);
      }
    });

    test('each item says why: the variable it looked for, the endpoint that answered', async ({ page }) => {
      const flow = new FlowPage(page);
      await page.goto('./');
      await flow.open();
      await page.getByTestId('lang-select').selectOption(lang);
      await flow.scenario.selectOption('ecs-task-role');
      const container = page.getByTestId('flow-chain-container');
      await expect(container).toHaveAttribute('data-state', 'answered');
      await expect(container).toContainText('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI');
      await expect(container).toContainText('http://169.254.170.2/v2/credentials/');
      await expect(container).toContainText(WORDS[lang].answered);
      await expect(page.getByTestId('flow-chain-environment')).toContainText('AWS_ACCESS_KEY_ID');
      await expect(page.getByTestId('flow-chain-environment')).toContainText(WORDS[lang].skipped);
      await expect(page.getByTestId('flow-chain-imds')).toHaveAttribute('data-state', 'not-reached');
      // Before the first step the message panel lists every provider with its reason, on screen.
      const reasons = page.getByTestId('flow-chain-reasons');
      await expect(reasons.locator('li')).toHaveCount(CHAIN_IDS.length);
      await expect(reasons).toContainText('AWS_CONTAINER_CREDENTIALS_RELATIVE_URI');

      await flow.scenario.selectOption('imds-disabled');
      await expect(page.getByTestId('flow-chain-imds')).toHaveAttribute('data-state', 'skipped');
      await expect(page.getByTestId('flow-chain-imds')).toContainText(WORDS[lang].imdsDisabled);
      await flow.control('next').click();
      expect(await flow.messageText()).toContain('Unable to locate credentials. You can configure credentials by running "aws configure".');
      // Nothing was sent to IMDS: the step's arrow ends on the instance, and IMDS takes no part.
      await expect(page.getByTestId('flow-node-imds')).toHaveAttribute('data-status', 'unused');
      const [head, instance] = await Promise.all([page.getByTestId('flow-arrow-1').boundingBox(), page.getByTestId('flow-node-instance').boundingBox()]);
      expect(head!.y + head!.height / 2).toBeGreaterThanOrEqual(instance!.y - 12);
      expect(head!.y + head!.height / 2).toBeLessThanOrEqual(instance!.y + instance!.height + 12);
      expect(head!.x + head!.width / 2).toBeLessThanOrEqual(instance!.x + instance!.width + 12);
      await page.getByTestId('flow-imds-off').selectOption('v1-disabled');
      await expect(page.getByTestId('flow-node-imds')).not.toHaveAttribute('data-status', 'unused');
      await expect(page.getByTestId('flow-chain-imds')).toContainText('Unable to retrieve token for use in IMDSv2 call and IMDSv1 has been disabled');

      await flow.scenario.selectOption('lambda-execution-role');
      await expect(page.getByTestId('flow-chain-environment')).toHaveAttribute('data-state', 'answered');
      await expect(page.getByTestId('flow-chain-environment')).toContainText('AWS_SESSION_TOKEN');
      await flow.scenario.selectOption('laptop-profile');
      await expect(page.getByTestId('flow-chain-assume-role-profile')).toHaveAttribute('data-state', 'answered');
      await expect(page.getByTestId('flow-chain-assume-role-profile')).toContainText('developer');
    });
  });
}

test('the laptop profile\'s long-term secret is masked like the role\'s, until revealed', async ({ page }) => {
  const flow = new FlowPage(page);
  await page.goto('./');
  await flow.open();
  await flow.scenario.selectOption('laptop-profile');
  await flow.control('next').click();
  const secret = model('laptop-profile').secrets[0]!;
  await expect(page.getByTestId('flow-message')).toHaveAttribute('data-value', /aws_secret_access_key = •+/);
  expect(await page.getByTestId('flow-message').getAttribute('data-value')).not.toContain(secret);
  expect(await page.getByTestId('flow-message').innerText()).not.toContain(secret);
});
