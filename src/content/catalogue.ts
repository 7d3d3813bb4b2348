/**
 * The shape of a language's catalogue. English (content/en) defines the keys and their `{name}`
 * slots; every other language's folder gives the same keys with the same slots (i18n.test.ts).
 */
import type { messages as english } from './en';
import type { diagnose as englishDiagnose } from './en/diagnose';
import type { expected as englishExpected } from './en/expected';
import type { lab as englishLab } from './en/lab';
import type { chapters as englishChapters } from './en/tour-chapters';
import type { views as englishViews } from './en/views';

/** One section's words in any language: the keys of its English original, each with a string. */
export type Words<English> = Readonly<Record<keyof English, string>>;

/** Words for at least the keys `K` a pure module names (`satisfies` it: a key without words fails the build). */
export type WordsFor<K extends string> = Readonly<Record<K, string>> & Readonly<Record<string, string>>;

/** The English sections that load with the code that uses them, not with the page. */
export interface LazySections {
  /** The guided tour's chapters: they load after first paint, before anyone starts the tour. */
  readonly chapters: typeof englishChapters;
  readonly diagnose: typeof englishDiagnose;
  /** What an input was expected to be, where it went wrong: with the lab, the CLI, and a policy that does not parse. */
  readonly errors: typeof englishExpected;
  /** The signing lab's words: they come with the lab view. */
  readonly lab: typeof englishLab;
  /** The flow views' late words (the graph's labels, the message's parts): they come after first paint. */
  readonly views: typeof englishViews;
}

/** A section of a catalogue that loads on demand (loadSection). */
export type Section = keyof LazySections;

/** One language's messages: every key but those of the lazy sections. */
export type Catalogue = Words<typeof english>;

/** One language in the language list: its name in itself, and how its catalogue and each lazy section arrive. */
export interface Language {
  readonly name: string;
  readonly load: () => Promise<Catalogue>;
  readonly sections: { readonly [S in Section]: () => Promise<Words<LazySections[S]>> };
}
