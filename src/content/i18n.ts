/** The message catalogue's one entry point: pick a language, look a key up, fill its `{name}` slots. */
import { en, type DiagnoseKey, type MessageKey } from './messages/en';

export type { MessageKey } from './messages/en';

/** The languages the app speaks. */
export type Lang = 'en' | 'ja';

/** Every language, in the order the language menu lists them. */
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** One language's catalogue (its lazily loaded sections apart). */
export type Catalogue = Readonly<Record<Exclude<MessageKey, DiagnoseKey>, string>>;

/** A section of a catalogue that loads with the code that uses it. */
export type Section = 'diagnose';
type SectionMessages = Readonly<Record<DiagnoseKey, string>>;

const SECTION_LOADERS: Readonly<Record<Section, Readonly<Record<Lang, () => Promise<SectionMessages>>>>> = {
  diagnose: {
    en: () => import('../diagnose/messages.en').then((m) => m.diagnoseMessagesEn),
    ja: () => import('../diagnose/messages.ja').then((m) => m.diagnoseMessagesJa),
  },
};
const sections: Partial<Record<Lang, Partial<Record<Section, SectionMessages>>>> = {};

/** Loads a section in a language (once); loadLang also loads the sections already in use. */
export async function loadSection(section: Section, lang: Lang): Promise<void> {
  const have = (sections[lang] ??= {});
  have[section] ??= await SECTION_LOADERS[section][lang]();
}

/** A loaded section's messages. */
export function sectionMessages(section: Section, lang: Lang): SectionMessages | undefined {
  return sections[lang]?.[section];
}

/**
 * The catalogues loaded so far. English is part of the page; every other language is its own chunk,
 * fetched when it is chosen (loadLang), so a reader of one language never downloads the other.
 */
const loaded: Partial<Record<Lang, Catalogue>> = { en };

const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<Catalogue>>> = {
  ja: () => import('./messages/ja').then((m) => m.ja),
};

/** Loads a language's catalogue (once); resolves when `t` can speak it. */
export async function loadLang(lang: Lang): Promise<void> {
  const inUse = new Set(Object.values(sections).flatMap((s) => Object.keys(s ?? {}) as Section[]));
  await Promise.all([...inUse].map((s) => loadSection(s, lang)));
  if (loaded[lang]) return;
  loaded[lang] = await LOADERS[lang as Exclude<Lang, 'en'>]();
}

/** A language's catalogue, once loaded (English always is). */
export function catalogue(lang: Lang): Catalogue | undefined {
  return loaded[lang];
}

/** English messages of every key, sections included (the type `t` checks slots against). */
type English = typeof en & typeof import('../diagnose/messages.en').diagnoseMessagesEn;

/** The `{name}` slots of an English message, as a union of names (never when there is none). */
type SlotNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | SlotNames<Rest> : never;

/** The values a message needs: one per slot. */
export type MessageParams<K extends MessageKey> = Readonly<Record<SlotNames<English[K]>, string | number>>;

/** Parameters are required exactly when the message has slots. */
type ParamArgs<K extends MessageKey> = [SlotNames<English[K]>] extends [never] ? [] : [params: MessageParams<K>];

/** The keys of messages without slots: they can be passed around and looked up with no values. */
export type PlainMessageKey = {
  [K in MessageKey]: [SlotNames<English[K]>] extends [never] ? K : never;
}[MessageKey];

const SLOT = /\{([A-Za-z0-9_]+)\}/g;

/** The message `key` in `lang`, each `{name}` replaced by `params[name]` (left as is when absent). */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: ParamArgs<K>): string {
  const text = (loaded[lang] ?? en)[key as Exclude<MessageKey, DiagnoseKey>] ?? sections[lang]?.diagnose?.[key as DiagnoseKey] ?? key;
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
