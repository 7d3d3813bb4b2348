/**
 * The state a link reproduces, kept in the URL fragment (zustand's advice for shareable view
 * state): view, tour chapter, flow scenario, step and layout, the lab's request and options. The secret
 * key and the session token, and the secrets inside the request text, go into a link only when the
 * user explicitly asks (`withSecrets`).
 */
import type { ProfileChoice } from '../content/examples';
import { LAYOUT_IDS, SCENARIO_IDS, type LayoutId, type ScenarioId } from '../flow';
import type { LabInputs } from './lab-compute';
import { redactRequestSecrets } from './link-secrets';

/** What a fragment can carry. */
export interface LinkState {
  readonly view?: 'flow' | 'lab';
  readonly chapter?: number;
  readonly scenario?: ScenarioId;
  readonly step?: number;
  /** How the graph is drawn; the reading layout is the default and stays out of the link. */
  readonly layout?: LayoutId;
  readonly lab?: Partial<LabInputs>;
}

const LAB_KEYS: readonly [string, keyof LabInputs][] = [
  ['r', 'requestText'], ['ak', 'accessKeyId'], ['rg', 'region'], ['sv', 'service'], ['tm', 'signingTime'],
  ['md', 'mode'], ['al', 'algorithm'], ['pf', 'profile'], ['tp', 'tokenPlacement'], ['pl', 'payload'], ['ex', 'expires'],
];
const SECRET_KEYS: readonly [string, keyof LabInputs][] = [['sk', 'secretAccessKey'], ['tk', 'sessionToken']];

/** The fragment (without `#`) for a state; secrets only when asked for. */
export function toFragment(state: LinkState, withSecrets: boolean): string {
  const p = new URLSearchParams();
  if (state.view) p.set('v', state.view);
  if (state.chapter) p.set('c', String(state.chapter));
  if (state.scenario) p.set('s', state.scenario);
  if (state.step !== undefined) p.set('st', String(state.step));
  if (state.layout && state.layout !== 'graph') p.set('ly', state.layout);
  for (const [k, f] of [...LAB_KEYS, ...(withSecrets ? SECRET_KEYS : [])]) {
    const v = state.lab?.[f];
    if (v === undefined || v === '') continue;
    // The request text may hold secrets of its own (curl -u, a token header): cut out unless asked for.
    p.set(k, f === 'requestText' && !withSecrets ? redactRequestSecrets(String(v)) : String(v));
  }
  return p.toString();
}

const oneOf = <T extends string>(v: string | null, allowed: readonly T[]): T | undefined => (v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined);
const int = (v: string | null): number | undefined => (v !== null && /^\d{1,3}$/.test(v) ? Number(v) : undefined);

/** Reads a fragment; anything unknown or malformed is ignored, never trusted. */
export function fromFragment(fragment: string): LinkState {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const lab: Record<string, string> = {};
  for (const [k, f] of [...LAB_KEYS, ...SECRET_KEYS]) {
    const v = p.get(k);
    if (v !== null) lab[f] = v;
  }
  const checked: Partial<LabInputs> = {
    ...lab,
    mode: oneOf(lab.mode ?? null, ['header', 'query'] as const),
    algorithm: oneOf(lab.algorithm ?? null, ['sigv4', 'sigv4a'] as const),
    profile: oneOf<ProfileChoice>(lab.profile ?? null, ['auto', 'generic', 's3']),
    tokenPlacement: oneOf(lab.tokenPlacement ?? null, ['signed', 'appended'] as const),
    payload: oneOf(lab.payload ?? null, ['hash', 'unsigned'] as const),
  };
  const labState = Object.fromEntries(Object.entries(checked).filter(([, v]) => v !== undefined)) as Partial<LabInputs>;
  return {
    view: oneOf(p.get('v'), ['flow', 'lab'] as const),
    chapter: int(p.get('c')),
    scenario: oneOf(p.get('s'), SCENARIO_IDS),
    step: int(p.get('st')),
    layout: oneOf(p.get('ly'), LAYOUT_IDS),
    ...(Object.keys(labState).length > 0 ? { lab: labState } : {}),
  };
}
