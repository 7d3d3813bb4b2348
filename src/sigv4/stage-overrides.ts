/**
 * The pipeline's replaceable stage functions. The stage files are the specification and take no
 * switches; a caller that wants a stage computed otherwise (to show what a faulty signer does) hands
 * canonicalize or signRequest overrides, each given the function it replaces. Applied here only.
 */
import { canonicalEntries, headerGroups, signedHeaderList } from './canonical-headers';
import { canonicalQuery, requestQueryParams } from './canonical-query';
import { scopeDate } from './credential-scope';
import { signingKeyChain } from './signing-key';

/** Every stage function canonicalize and sign look up, by name, with the standard one's signature. */
export interface StageFunctions {
  /** The request's own query parameters, encoded. */
  readonly queryParams: typeof requestQueryParams;
  /** Parameters sorted and joined into the canonical query. */
  readonly canonicalQuery: typeof canonicalQuery;
  /** Header values trimmed and collapsed. */
  readonly headerValues: typeof canonicalEntries;
  /** Headers grouped by name and sorted: the lines of the canonical headers block. */
  readonly headerGroups: typeof headerGroups;
  /** The signed-headers list drawn from the groups. */
  readonly signedHeaders: typeof signedHeaderList;
  /** The date of the credential scope. */
  readonly scopeDate: typeof scopeDate;
  /** kSecret → kSigning. */
  readonly keyChain: typeof signingKeyChain;
}

/** The name of a replaceable stage function. */
export type StageName = keyof StageFunctions;

/** An override of one stage function: given the function it replaces, the one to use instead. */
export type StageOverride<K extends StageName = StageName> = {
  [P in K]: { readonly stage: P; readonly override: (standard: StageFunctions[P]) => StageFunctions[P] };
}[K];

/** The specification's stage functions. */
export const STANDARD_STAGES: StageFunctions = {
  queryParams: requestQueryParams,
  canonicalQuery,
  headerValues: canonicalEntries,
  headerGroups,
  signedHeaders: signedHeaderList,
  scopeDate,
  keyChain: signingKeyChain,
};

function applyOne<K extends StageName>(fns: { -readonly [P in StageName]: StageFunctions[P] }, o: StageOverride<K>): void {
  fns[o.stage] = o.override(fns[o.stage]);
}

/** The stage functions with `overrides` applied in order: a later override is given what the earlier made. */
export function stageFunctions(overrides: readonly StageOverride[]): StageFunctions {
  if (overrides.length === 0) return STANDARD_STAGES;
  const fns = { ...STANDARD_STAGES };
  for (const o of overrides) applyOne(fns, o);
  return fns;
}
