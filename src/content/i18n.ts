/** The message catalogue's one entry point: pick a language, look a key up, fill its `{name}` slots. */
import { en, type MessageKey } from './messages/en';
import { ja } from './messages/ja';

export type { MessageKey } from './messages/en';

/** The languages the app speaks. */
export type Lang = 'en' | 'ja';

/** Every language, in the order the language menu lists them. */
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** The catalogues, by language. */
export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, ja };

/** The `{name}` slots of an English message, as a union of names (never when there is none). */
type SlotNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | SlotNames<Rest> : never;

/** The values a message needs: one per slot. */
export type MessageParams<K extends MessageKey> = Readonly<Record<SlotNames<(typeof en)[K]>, string | number>>;

/** Parameters are required exactly when the message has slots. */
type ParamArgs<K extends MessageKey> = [SlotNames<(typeof en)[K]>] extends [never] ? [] : [params: MessageParams<K>];

/** The keys of messages without slots: they can be passed around and looked up with no values. */
export type PlainMessageKey = {
  [K in MessageKey]: [SlotNames<(typeof en)[K]>] extends [never] ? K : never;
}[MessageKey];

const SLOT = /\{([A-Za-z0-9_]+)\}/g;

/** The message `key` in `lang`, each `{name}` replaced by `params[name]` (left as is when absent). */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: ParamArgs<K>): string {
  const text = CATALOGUES[lang][key];
  const params = args[0] as Readonly<Record<string, string | number>> | undefined;
  if (params === undefined) return text;
  return text.replace(SLOT, (slot, name: string) => {
    const value = params[name];
    return value === undefined ? slot : String(value);
  });
}

/** The slot names of a message, sorted and without repeats. */
export function slotsOf(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(SLOT), (m) => m[1] ?? ''))].sort();
}

/** The app's language for a BCP 47 tag such as `navigator.language`: Japanese for `ja*`, else English. */
export function detectLang(tag: string | undefined | null): Lang {
  return tag?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** Narrows a string (a `<select>` value, say) to a language. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Looks up a key chosen at run time (a cause or what-if from the diagnosis) with its parameters. */
export function tx(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return (t as (lang: Lang, key: MessageKey, params?: Readonly<Record<string, string | number>>) => string)(lang, key, params);
}
