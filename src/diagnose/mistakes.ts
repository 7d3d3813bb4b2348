/**
 * The signer mistakes the what-if toggles inject, each a bug from ../shared/reference/sigv4-pitfalls.md
 * written as an override of one stage function of the core. The core stays the specification and
 * names none of them; signRequest(request, options, overrides) applies them in its one place.
 */
import {
  amzDateOf, dateOf, encodedParam, hmacKey, mapRuns, percentDecode, signableParams, toHex, utf8, type StageOverride,
} from '../sigv4';

/** Every injectable mistake. */
export type MistakeId =
  | 'query-sorted-before-encoding' | 'query-space-as-plus' | 'query-plus-as-plus' | 'query-lowercase-hex'
  | 'headers-untrimmed' | 'headers-unjoined' | 'signed-headers-incomplete' | 'scope-date-previous-day'
  | 'key-chain-hex-text';

/** One mistake: the stage function it overrides, how, and the bug it reproduces. */
export type Mistake = StageOverride & {
  readonly id: MistakeId;
  /** The bug report or pull request where a real signer made it. */
  readonly reference: string;
};

const DAY_MS = 86_400_000;

/** The catalogue, in the order of the stages the mistakes change. */
export const MISTAKES: readonly Mistake[] = [
  {
    // Canonical query sorted by the keys as written, before encoding.
    id: 'query-sorted-before-encoding', reference: 'smithy-typescript PR #849', stage: 'canonicalQuery',
    override: (standard) => (params) => standard(params.map((p) => ({ ...p, key: p.rawKey }))),
  },
  {
    // A space in a query value encoded as `+`.
    id: 'query-space-as-plus', reference: 'curl#7559', stage: 'canonicalQuery',
    override: (standard) => (params) => mapRuns(standard(params), (t) => t.replaceAll('%20', '+')),
  },
  {
    // A raw `+` in the query signed as a plus (`%2B`), though AWS reads it as a space.
    id: 'query-plus-as-plus', reference: 'aws4#126, curl#20543', stage: 'queryParams',
    override: () => (query, dropPresignKeys) =>
      signableParams(query, dropPresignKeys).map((p) => encodedParam(p, percentDecode(p.key.text, 'plus'), p.value && percentDecode(p.value.text, 'plus'))),
  },
  {
    // Lower-case hex in percent escapes.
    id: 'query-lowercase-hex', reference: 'curl#8107', stage: 'canonicalQuery',
    override: (standard) => (params) => mapRuns(standard(params), (t) => t.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())),
  },
  {
    // Header values neither trimmed nor collapsed.
    id: 'headers-untrimmed', reference: 'botocore PR #1182', stage: 'headerValues',
    override: () => (headers) => [...headers],
  },
  {
    // Repeated headers left on separate lines instead of joined with `,`.
    id: 'headers-unjoined', reference: 'aws-sdk-java-v2 PR #2502', stage: 'headerGroups',
    override: (standard) => (headers) => standard(headers).flatMap((g) => g.values.map((v) => ({ ...g, values: [v] }))),
  },
  {
    // A header in the canonical block but missing from the signed-headers list.
    id: 'signed-headers-incomplete', reference: 'the AWS IAM guide slip', stage: 'signedHeaders',
    override: (standard) => (groups) => {
      const dropped = groups.find((g) => g.name !== 'host')?.name;
      return standard(groups.filter((g) => g.name !== dropped));
    },
  },
  {
    // Credential scope dated the day before X-Amz-Date (local date instead of UTC).
    id: 'scope-date-previous-day', reference: 'minio PR #3688', stage: 'scopeDate',
    override: (standard) => (signingTime) => standard(amzDateOf(new Date(dateOf(signingTime).getTime() - DAY_MS)) ?? signingTime),
  },
  {
    // kRegion keyed with the hex text of kDate instead of its 32 raw bytes; the keys after it follow.
    id: 'key-chain-hex-text', reference: 'openbullet#663', stage: 'keyChain',
    override: (standard) => (secret, date, region, service) => {
      const c = standard(secret, date, region, service);
      const kRegion = hmacKey('kRegion', c.kDate, utf8(toHex(c.kDate.bytes)), c.kRegion.message);
      const kService = hmacKey('kService', kRegion, kRegion.bytes, c.kService.message);
      return { ...c, kRegion, kService, kSigning: hmacKey('kSigning', kService, kService.bytes, c.kSigning.message) };
    },
  },
];

/** The mistake of an id. */
export function mistake(id: MistakeId): Mistake {
  return MISTAKES.find((m) => m.id === id)!;
}
