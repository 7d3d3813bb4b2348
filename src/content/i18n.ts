/** The message catalogue's one entry point: pick a language, look a key up, fill its `{name}` slots. */
import type { Catalogue, Language, LazySections, Section, Words } from './catalogue';
import { messages } from './en';

export type { Catalogue, Section } from './catalogue';

/**
 * Every language the app speaks, in the order the language menu lists them: its name in itself, and
 * how its catalogue and its lazy sections arrive. English is part of the page; every other language
 * is its own chunk, fetched when it is chosen, so a reader of one language never downloads the
 * other. A new language is a folder beside en/ and one entry here.
 */
const LANGUAGES = {
  en: {
    name: 'English',
    load: () => Promise.resolve(messages),
    sections: {
      chapters: () => import('./en/tour-chapters').then((m) => m.chapters),
      diagnose: () => import('./en/diagnose').then((m) => m.diagnose),
      errors: () => import('./en/expected').then((m) => m.expected),
      lab: () => import('./en/lab').then((m) => m.lab),
      views: () => import('./en/views').then((m) => m.views),
    },
  },
  ja: {
    name: '日本語',
    load: () => import('./ja').then((m) => m.messages),
    sections: {
      chapters: () => import('./ja/tour-chapters').then((m) => m.chapters),
      diagnose: () => import('./ja/diagnose').then((m) => m.diagnose),
      errors: () => import('./ja/expected').then((m) => m.expected),
      lab: () => import('./ja/lab').then((m) => m.lab),
      views: () => import('./ja/views').then((m) => m.views),
    },
  },
} as const satisfies Readonly<Record<string, Language>>;

/** The languages the app speaks. */
export type Lang = keyof typeof LANGUAGES;

/** Every language, in the order the language menu lists them. */
export const LANGS = Object.keys(LANGUAGES) as readonly Lang[];

/** The language every other one falls back to while its catalogue loads. */
const BASE: Lang = 'en';

/** A language's name in that language (the menu shows each in its own). */
export function languageName(lang: Lang): string {
  return LANGUAGES[lang].name;
}

/** The section names, from English (every language has the same). */
export const SECTIONS = Object.keys(LANGUAGES[BASE].sections) as Section[];

const loaded: Partial<Record<Lang, Catalogue>> = { [BASE]: messages };
const sections: Partial<Record<Lang, { -readonly [S in Section]?: Words<LazySections[S]> }>> = {};

/** The sections asked for, loaded or still loading; and the language loadLang is loading, until it has. */
const requested = new Set<Section>();
let choosing: Lang | null = null;

/**
 * Loads a section in a language (once), and in the language being chosen, if one is loading: the
 * page keeps its old language until the new one has loaded, so a section opened meanwhile (the lab
 * opened just after Japanese was chosen) is asked for in the old one. loadLang in turn loads every
 * section asked for, loaded or still loading. Either order of the two ends with the section in the
 * new language, not its keys on screen; once a language has loaded, a section loads in one language.
 */
export async function loadSection(section: Section, lang: Lang): Promise<void> {
  requested.add(section);
  const langs = choosing === null || choosing === lang ? [lang] : [lang, choosing];
  await Promise.all(
    langs.map(async (l) => {
      const have: Partial<Record<Section, unknown>> = (sections[l] ??= {});
      have[section] ??= await LANGUAGES[l].sections[section]();
    }),
  );
}

/** A loaded section's messages. */
export function sectionMessages<S extends Section>(section: S, lang: Lang): Words<LazySections[S]> | undefined {
  return sections[lang]?.[section];
}

/** Loads a language's catalogue (once), and every section asked for in any language; resolves when `t` can speak it. */
export async function loadLang(lang: Lang): Promise<void> {
  choosing = lang;
  try {
    loaded[lang] ??= await LANGUAGES[lang].load();
    await Promise.all([...requested].map((s) => loadSection(s, lang)));
  } finally {
    // A later choice (Japanese, then English at once) is the one still being chosen.
    if (choosing === lang) choosing = null;
  }
}

/** A language's catalogue, once loaded (English always is). */
export function catalogue(lang: Lang): Catalogue | undefined {
  return loaded[lang];
}

/** The intersection of a union's members (every lazy section's English words at once). */
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** English messages of every key, sections included (the type `t` checks slots against). */
type English = typeof messages & Intersect<LazySections[Section]>;

/** The key set of the catalogue, its lazily loaded sections included. */
export type MessageKey = Extract<keyof English, string>;

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

/** The words of `key` in `lang`: its catalogue (English until it has loaded), then its loaded sections. */
function lookup(lang: Lang, key: string): string | undefined {
  const words = (loaded[lang] ?? messages) as Readonly<Record<string, string | undefined>>;
  if (words[key] !== undefined) return words[key];
  for (const s of SECTIONS) {
    const text = (sections[lang]?.[s] as Readonly<Record<string, string | undefined>> | undefined)?.[key];
    if (text !== undefined) return text;
  }
  return undefined;
}

/** The message `key` in `lang`, each `{name}` replaced by `params[name]` (left as is when absent). */
export function t<K extends MessageKey>(lang: Lang, key: K, ...args: ParamArgs<K>): string {
  const text = lookup(lang, key) ?? key;
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

/** The app's language for a BCP 47 tag such as `navigator.language`: its primary subtag when the app speaks it, else English. */
export function detectLang(tag: string | undefined | null): Lang {
  const primary = tag?.toLowerCase().split(/[-_]/)[0] ?? '';
  return isLang(primary) ? primary : BASE;
}

/** Narrows a string (a `<select>` value, say) to a language. */
export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Looks up a key chosen at run time (a cause or what-if from the diagnosis) with its parameters. */
export function tx(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return (t as (lang: Lang, key: MessageKey, params?: Readonly<Record<string, string | number>>) => string)(lang, key, params);
}
