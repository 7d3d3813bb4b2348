/**
 * POSIX shell quoting (POSIX.1-2017, Shell Command Language §2.2.2): inside single quotes every byte
 * stands for itself, `%`, `\`, `$` and line breaks included; a single quote is written `'\''`.
 */

/** Words that need no quotes: letters, digits and punctuation the shell gives no meaning. */
const BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** `text` single-quoted for a POSIX shell (`it's` → `'it'\''s'`). */
export function shellQuote(text: string): string {
  return "'" + text.replaceAll("'", "'\\''") + "'";
}

/** `text` as one shell word: bare when that is safe, else single-quoted. */
export function shellWord(text: string): string {
  return BARE.test(text) ? text : shellQuote(text);
}

/** A literal run, or a shell expression (`$VAR`, `$(…)`) that the shell expands inside double quotes. */
export type ShellPart = { readonly literal: string } | { readonly expr: string };

/** One shell word made of literal runs and double-quoted expansions, so secrets can stay in variables. */
export function shellConcat(parts: readonly ShellPart[]): string {
  const words = parts
    .filter((p) => ('literal' in p ? p.literal !== '' : true))
    .map((p) => ('literal' in p ? shellQuote(p.literal) : `"${p.expr}"`));
  return words.length === 0 ? "''" : words.join('');
}
