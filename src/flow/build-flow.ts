/**
 * buildFlow: a scenario and its inputs → every step, message and outcome. Pure: the same scenario,
 * seed, clock, region, policy and variants always give the same flow.
 */
import { DEFAULT_REGION } from '../sigv4';
import { ENVIRONMENTS } from './caller-environments';
import { CALLERS } from './callers';
import { resolveChain } from './provider-chain';
import { isoSeconds, toDate } from './clock';
import { tryParsePolicy } from './policy-in-force';
import { parsePolicy } from './policy-parse';
import type { Policy } from './policy-types';
import { scenarioById, type Scenario, type ScenarioId } from './scenarios';
import { defaultTrustPolicy } from './trust-templates';
import type { BuildContext, Built } from './steps-common';
import type { Flow, FlowOptions, FlowPolicy, FlowVerdict, Step } from './types';

/** The region when none is given. */
export { DEFAULT_REGION };

/** A region name such as `us-east-1` or `ap-northeast-1` (endpoints and ARNs are the `aws` partition's). */
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/** The policy in force: the caller's text if it parses, else the scenario's default and the error. */
function resolvePolicy(scenario: Scenario, region: string, text: string | undefined): { flow: FlowPolicy; policy: Policy } {
  const given = text === undefined ? undefined : tryParsePolicy(text);
  if (text !== undefined && given?.ok) return { flow: { text }, policy: given.policy };
  const fallback = defaultTrustPolicy(scenario, region);
  return { flow: { text: fallback, error: given?.ok === false ? given.error : undefined }, policy: parsePolicy(fallback) };
}

/** The verdict: the first step that did not end `ok`, if any, decides it. */
function verdictOf(built: Built): FlowVerdict {
  const failed: Step | undefined = built.steps.find((s) => s.outcome !== 'ok');
  return {
    outcome: failed?.outcome ?? 'ok',
    failedStep: failed?.number,
    error: failed?.error,
    explanationKey: built.verdictKey,
    params: built.verdictParams,
  };
}

/**
 * Plays a scenario out. `trustPolicyText` is the policy in force (keep the last valid one with
 * `policyInForce`); a text that does not parse is reported in `flow.policy.error` and the scenario's
 * default runs instead, so this never throws for a bad policy. Throws RangeError for an unknown
 * scenario, a clock that is not a date, or a malformed region.
 */
export function buildFlow(scenarioId: ScenarioId, options: FlowOptions): Flow {
  const scenario = scenarioById(scenarioId);
  const region = options.region ?? DEFAULT_REGION;
  if (!REGION.test(region)) throw new RangeError(`region: expected a name like us-east-1, found "${region}"`);
  const date = toDate(options.clock);
  const { flow: policy, policy: parsed } = resolvePolicy(scenario, region, options.trustPolicyText);
  const ctx: BuildContext = { scenario, seed: options.seed, date, region, policy: parsed, policyText: policy.text, variants: options };
  const caller = CALLERS[scenario.caller];
  const built = caller.build(ctx);
  return {
    scenario,
    scenarioId: scenario.id,
    region,
    time: isoSeconds(date),
    caller: caller.name(ctx),
    steps: built.steps,
    stepCount: built.steps.length,
    policy,
    chain: resolveChain(ENVIRONMENTS[scenario.caller](ctx)),
    secrets: built.secrets ?? [],
    credentials: built.credentials,
    handoff: built.handoff,
    verdict: verdictOf(built),
  };
}
