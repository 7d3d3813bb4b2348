/**
 * buildFlow: a scenario and its inputs → every step, message and outcome. Pure: the same scenario,
 * seed, clock, region, policy and variants always give the same flow.
 */
import { DEFAULT_REGION } from '../sigv4';
import { CALLERS } from './callers';
import { defaultPermissionPolicy, withEndpoint } from './endpoint-steps';
import { isoSeconds, toDate } from './clock';
import { tryParsePolicy } from './policy-in-force';
import { parsePolicy } from './policy-parse';
import type { Policy, PolicyKind } from './policy-types';
import { scenarioById, type ScenarioId } from './scenarios';
import { defaultTrustPolicy } from './trust-templates';
import type { BuildContext, Built } from './steps-common';
import type { Flow, FlowOptions, FlowPolicy, FlowVariants, FlowVerdict, Step } from './types';

/** The region when none is given. */
export { DEFAULT_REGION };

/** A region name such as `us-east-1` or `ap-northeast-1` (endpoints and ARNs are the `aws` partition's). */
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/** The policy in force: the caller's text if it parses, else the default and the error. */
function resolvePolicy(fallback: string, text: string | undefined, kind: PolicyKind): { flow: FlowPolicy; policy: Policy } {
  const given = text === undefined ? undefined : tryParsePolicy(text, kind);
  if (text !== undefined && given?.ok) return { flow: { text }, policy: given.policy };
  return { flow: { text: fallback, error: given?.ok === false ? given.error : undefined }, policy: parsePolicy(fallback, kind) };
}

/** The variant choices among a flow's options (what the flow keeps of them). */
function variantsOf(o: FlowOptions): FlowVariants {
  const { httpTokens, callerCredentials, sessionName, externalId, subject, imdsOff } = o;
  return { httpTokens, callerCredentials, sessionName, externalId, subject, imdsOff };
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
 * Plays a scenario out. `trustPolicyText` and `permissionPolicyText` are the role's policies in
 * force (keep the last valid one with `policyInForce`); a text that does not parse is reported in
 * `flow.policy.error` (`flow.permissionPolicy.error`) and the default runs instead, so this never throws for a bad policy. Throws RangeError for an unknown
 * scenario, a clock that is not a date, or a malformed region.
 */
export function buildFlow(scenarioId: ScenarioId, options: FlowOptions): Flow {
  const scenario = scenarioById(scenarioId);
  const region = options.region ?? DEFAULT_REGION;
  if (!REGION.test(region)) throw new RangeError(`region: expected a name like us-east-1, found "${region}"`);
  const date = toDate(options.clock);
  const { flow: policy, policy: parsed } = resolvePolicy(defaultTrustPolicy(scenario, region), options.trustPolicyText, 'trust');
  const permission = resolvePolicy(defaultPermissionPolicy(), options.permissionPolicyText, 'permission');
  const ctx: BuildContext = { scenario, seed: options.seed, date, region, policy: parsed, policyText: policy.text, variants: options };
  const caller = CALLERS[scenario.caller];
  const name = caller.name(ctx);
  // Every journey that ends in the signed call goes on to the other end: verify, authorize, the answer.
  const endpoint = { scenario, seed: options.seed, date, region, permission: permission.policy, permissionText: permission.flow.text };
  const built = withEndpoint(endpoint, caller.build(ctx), name);
  return {
    scenario,
    scenarioId: scenario.id,
    region,
    time: isoSeconds(date),
    caller: name,
    steps: built.steps,
    stepCount: built.steps.length,
    policy,
    seed: options.seed,
    variants: variantsOf(options),
    secrets: built.secrets ?? [],
    permissionPolicy: permission.flow,
    credentials: built.credentials,
    handoff: built.handoff,
    verdict: verdictOf(built),
  };
}
