/**
 * What each stage shows, derived once per computation from the lab's result (practice 7: the words
 * are filled with these values, never computed again): its value or why it has none, its sourced
 * text and bytes, its explanation's slot values and the commands that reproduce it. A card reads
 * its own entry only, and an entry that did not change stays the same object, so that card does
 * not render again. Pure.
 */
import { reproduceCommands } from '../export';
import { algorithmOf, explanationMessage, signs, STAGE_LIST, STAGES, toHex, type ExternalInput, type Fact, type KeyStage, type SlotSource, type SourcedText, type StageId, type StageInput, type Stages } from '../sigv4';
import { BIG_BODY, type LabResult } from './lab-compute';

/** Why a stage has no value yet. */
export type Unavailable = 'request' | 'fields' | 'secret' | 'hashing' | 'curve';

/** A catalogue key and the values of its slots. */
export interface FilledMessage {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One stage, as its card draws it. */
export interface StageCard {
  readonly id: StageId;
  /** The exact value (hex for digests and keys); null when it cannot be computed yet, and for kSecret, whose value is its masked form. */
  readonly value: string | null;
  /** The text drawn with its provenance (a key's HMAC message). */
  readonly sourced: SourcedText | null;
  readonly bytes: Uint8Array | null;
  readonly unavailable: Unavailable | null;
  /** Drawn from the last complete result while a large body is hashed: dimmed, without a value. */
  readonly pending: boolean;
  /** The explanation, filled from the computed values; null while unavailable. */
  readonly explain: FilledMessage | null;
  /** For a key of the chain: the stage whose bytes keyed its HMAC. */
  readonly keyedBy: StageId | null;
  /** For a key of the chain: how many bytes keyed its HMAC (kDate: the 4 + n of `AWS4` + secret; the others: 32). */
  readonly keyLength: number | null;
  /** Shell commands that recompute it, for the reveal state in force; empty when there are none. */
  readonly reproduce: readonly string[];
  /** For a hash, an HMAC or a signature: the stage it was computed over, and the one that keyed it (null for a plain SHA-256). */
  readonly digestOf: { readonly input: StageId; readonly key: StageId | null } | null;
  /** SigV4a's private key: the counters tried, and which one was accepted. */
  readonly attempts: readonly { readonly counter: number; readonly accepted: boolean }[] | null;
  /** SigV4a's signature: whether it verifies with the public key over the string to sign; null otherwise. */
  readonly verifies: boolean | null;
}

/** Every stage's card, by id. */
export type StageCards = Readonly<Record<StageId, StageCard>>;

/** Whether a stage needs, however far back, the request or the secret: which half of the computation it waits for. */
function reaches(input: StageInput, external: ExternalInput): boolean {
  return input === external || (input in STAGES && STAGES[input as StageId].inputs.some((i) => reaches(i, external)));
}
const NEEDS = Object.fromEntries(STAGE_LIST.map((d) => [d.id, { request: reaches(d.id, 'request'), secret: reaches(d.id, 'secret') }])) as Record<StageId, { request: boolean; secret: boolean }>;

function reasonFor(r: LabResult, id: StageId): Unavailable {
  const needs = NEEDS[id];
  // The request's own time is malformed: what is not computed depends on it, or on a secret not yet entered.
  if (r.partial) return needs.secret && r.issues.some((i) => i.where === 'field' && i.field === 'secretAccessKey') ? 'secret' : 'request';
  if (needs.request && !r.canonical && r.pendingHash) return 'hashing';
  if (needs.request && !r.canonical) return r.issues.some((i) => i.where === 'request') || !r.imported ? 'request' : 'fields';
  if (needs.secret && !r.keys) return r.awaitingCurve && r.options?.credentials.secretAccessKey ? 'curve' : r.options ? 'secret' : 'fields';
  return 'fields';
}

type Known = Partial<Stages>;
type Stage = NonNullable<Stages[StageId]>;

const textOf = (s: Stage | null | undefined): string => (s ? (s.kind === 'key' ? s.message.text : s.text) : '');

const FACTS = {
  signingTime: (r) => r.options?.signingTime ?? '',
  credential: (r, known) => `${r.options?.credentials.accessKeyId ?? ''}/${known.credentialScope?.text ?? ''}`,
  bodySize: (r) => r.bodySize,
  counter: (_, known) => known.privateKey?.attempts.find((a) => a.accepted)?.counter ?? known.privateKey?.attempts.length ?? 0,
  signatureBytes: (_, known) => known.signature?.bytes.length ?? 0,
} satisfies Record<Fact, (r: LabResult, known: Known) => string | number>;

function slotValue(source: SlotSource, r: LabResult, known: Known): string | number {
  if ('text' in source) return textOf(known[source.text]);
  if ('utf8Length' in source) return new TextEncoder().encode(textOf(known[source.utf8Length])).length;
  if ('length' in source) return textOf(known[source.length]).length;
  return FACTS[source.fact](r, known);
}

function explanation(id: StageId, r: LabResult, known: Known): FilledMessage | null {
  const m = explanationMessage(id, r.canonical?.payloadSource ?? 'body', algorithmOf(r.options ?? {}));
  if (m === null) return null;
  return { key: m.key, params: Object.fromEntries(Object.entries(m.slots).map(([slot, source]) => [slot, slotValue(source, r, known)])) };
}

function cardOf(id: StageId, stage: Stage | null, r: LabResult, known: Known, reproduce: readonly string[]): StageCard {
  const base = {
    id, pending: false, reproduce, keyedBy: null, keyLength: null, digestOf: null, attempts: null, verifies: null,
    explain: stage ? explanation(id, r, known) : null, unavailable: stage ? null : reasonFor(r, id),
  };
  if (!stage) return { ...base, value: null, sourced: null, bytes: null };
  if (stage.kind === 'text') return { ...base, value: stage.text, sourced: stage, bytes: null };
  if (stage.kind === 'digest') {
    const attempts = 'attempts' in stage ? stage.attempts.map(({ counter, accepted }) => ({ counter, accepted })) : null;
    return { ...base, value: stage.text, sourced: stage, bytes: stage.bytes, digestOf: { input: stage.input, key: stage.key }, attempts, verifies: id === 'signature' && r.trace?.stages.publicKey ? signs(r.trace, stage.text) : null };
  }
  const key: KeyStage = stage;
  return { ...base, value: STAGES[id].view === 'secret' ? null : toHex(key.bytes), sourced: key.message, bytes: key.bytes, keyedBy: key.key, keyLength: key.keyBytes?.length ?? null };
}

const NO_COMMANDS: readonly string[] = [];

function cardsOf(r: LabResult, reveal: boolean | null): Record<StageId, StageCard> {
  const known: Known = r.trace?.stages ?? { ...r.partial, ...r.canonical?.stages, ...r.keys };
  // Large bodies would put megabytes into a shell word; their cards offer no commands.
  const commands = reveal !== null && r.trace && r.trace.request.bodyBytes.length < BIG_BODY ? reproduceCommands(r.trace, reveal) : null;
  return Object.fromEntries(STAGE_LIST.map(({ id }) => [id, cardOf(id, known[id] ?? null, r, known, commands?.[id] ?? NO_COMMANDS)])) as Record<StageId, StageCard>;
}

/**
 * The cards of `result`; while a large body is hashed, a stage waiting for it keeps the card it had
 * in `drawn` (the last complete result), marked pending. A card equal to its `previous` one is that object.
 */
export function stageCards(result: LabResult, drawn: LabResult, reveal: boolean, previous: StageCards | null): StageCards {
  const now = cardsOf(result, reveal);
  const old = drawn !== result ? cardsOf(drawn, null) : null;
  for (const { id } of STAGE_LIST) {
    const was = old?.[id];
    const card = now[id].unavailable === 'hashing' && was?.unavailable === null ? { ...was, pending: true } : now[id];
    const before = previous?.[id];
    now[id] = before && sameCard(before, card) ? before : card;
  }
  return now;
}

const sameBytes = (a: Uint8Array | null, b: Uint8Array | null): boolean => a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));
const sameFlat = (a: object, b: object): boolean => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
};
const sameSourced = (a: SourcedText | null, b: SourcedText | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.text === b.text && a.segments.length === b.segments.length &&
    a.segments.every((s, i) => { const t = b.segments[i]!; return s.start === t.start && s.end === t.end && s.via === t.via && sameFlat(s.origin, t.origin); }));

/** Whether two cards draw the same: same values, same provenance, same words and commands. */
function sameCard(a: StageCard, b: StageCard): boolean {
  return (
    a.value === b.value && a.unavailable === b.unavailable && a.pending === b.pending && a.keyedBy === b.keyedBy && a.keyLength === b.keyLength &&
    a.digestOf?.input === b.digestOf?.input && a.digestOf?.key === b.digestOf?.key && a.verifies === b.verifies &&
    (a.attempts?.length ?? -1) === (b.attempts?.length ?? -1) &&
    (a.explain === b.explain || (a.explain !== null && b.explain !== null && a.explain.key === b.explain.key && sameFlat(a.explain.params, b.explain.params))) &&
    a.reproduce.length === b.reproduce.length && a.reproduce.every((c, i) => c === b.reproduce[i]) &&
    sameBytes(a.bytes, b.bytes) && sameSourced(a.sourced, b.sourced)
  );
}
