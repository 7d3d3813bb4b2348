/**
 * A stage's words, looked up by the catalogue keys its descriptor in the stage registry names: its
 * title, its explanation filled with the store's values, its walkthrough step, the inputs it uses.
 */
import { t, tx, type Lang, type MessageKey } from '../../content/i18n';
import { SECRET_PREFIX, STAGES, type ExternalInput, type StageId, type StageInput } from '../../sigv4';

/** The catalogue key of the title of each input that is not a stage. */
export const EXTERNAL_INPUT_TITLES = {
  request: 'stage.request.title',
  secret: 'inputs.secretAccessKey',
  context: 'inputs.title',
} as const satisfies Record<ExternalInput, MessageKey>;

/** Compiles only when every key is in the catalogue: a registry entry naming a missing key fails to build. */
type Checked<K extends MessageKey> = K;
type Descriptor = (typeof STAGES)[StageId];
type MessageOf<E> = E extends { readonly byPayloadSource: infer B } ? B[keyof B] : E extends { readonly byAlgorithm: infer A } ? A[keyof A] : E;

/** The title keys the registry names. */
export type StageTitleKey = Checked<Descriptor['title'] | (typeof EXTERNAL_INPUT_TITLES)[keyof typeof EXTERNAL_INPUT_TITLES]>;
/** The explanation keys the registry names. */
export type StageExplainKey = Checked<Extract<MessageOf<Descriptor['explain']>, { key: string }>['key']>;
/** The walkthrough step names the registry names. */
export type WalkStepKey = Checked<Extract<Descriptor['walk'], { step: string }>['step']> | 'walk.method';

/** The title of a stage in a language. */
export function stageTitle(lang: Lang, id: StageId): string {
  return t(lang, STAGES[id].title);
}

/** The title of what a stage is computed from: another stage, or the request, the secret or the signing inputs. */
export function inputTitle(lang: Lang, input: StageInput): string {
  return input in EXTERNAL_INPUT_TITLES ? t(lang, EXTERNAL_INPUT_TITLES[input as keyof typeof EXTERNAL_INPUT_TITLES]) : stageTitle(lang, input as StageId);
}

/** A stage's explanation, its slots filled with the values the store derived. */
export function explanationText(lang: Lang, m: { readonly key: string; readonly params: Readonly<Record<string, string | number>> }): string {
  return tx(lang, m.key as StageExplainKey, m.params);
}

/** The name of a walkthrough step, as its status line says it. */
export function walkStepName(lang: Lang, key: string): string {
  return t(lang, key as WalkStepKey);
}

/**
 * The HMAC line of a key's card: the key it was keyed with, and how many bytes that key is. kDate is
 * keyed with kSecret, the text `AWS4` + secret (4 + n bytes); every later key with the 32 raw bytes of the one before.
 */
export function keyFormula(lang: Lang, card: { readonly keyedBy: StageId | null; readonly keyLength: number | null }): string {
  const bytes = card.keyLength ?? 0;
  if (card.keyedBy === 'kSecret') return t(lang, 'formula.hmacBelow.kSecret', { bytes, prefixBytes: SECRET_PREFIX.length, secretBytes: bytes - SECRET_PREFIX.length });
  return t(lang, 'formula.hmacBelow', { key: stageTitle(lang, card.keyedBy ?? 'kSecret'), bytes });
}
