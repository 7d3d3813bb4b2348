/**
 * Words for the pure modules' structured errors, in a language: what was expected where an input
 * went wrong, and what was found there. The lab and the CLI both word errors through these.
 */
import type { PolicyError, PolicyExpectation } from '../flow';
import type { ImportExpectation } from '../inputs';
import { MAX_JSON_DEPTH } from '../text/json';
import { t, tx, type Lang, type MessageKey } from './i18n';

/** Expectations the lab words for a form field rather than for a member of context.json. */
export const FIELD_WORDED = ['non-empty-string', 'expires-seconds', 'timestamp', 'credentials'] as const satisfies readonly ImportExpectation[];

/** One of the expectations with a form field's own words. */
export type FieldWorded = (typeof FIELD_WORDED)[number];

const isFieldWorded = (e: ImportExpectation): e is FieldWorded => (FIELD_WORDED as readonly string[]).includes(e);

/** The only value an expectation's words name: how deep JSON may nest. */
const LIMITS = { depth: MAX_JSON_DEPTH };

/** What the core or an importer expected, in words; `forField` words it for a form field. */
export function expectedText(lang: Lang, expected: ImportExpectation, forField = false): string {
  const key: MessageKey = forField && isFieldWorded(expected) ? `expected.field.${expected}` : `expected.${expected}`;
  return tx(lang, key, LIMITS);
}

/** What stood where the input went wrong: quoted and cut at 40 characters, or the word for nothing. */
export function foundText(lang: Lang, found: string): string {
  return found === '' ? t(lang, 'lab.found.nothing') : JSON.stringify(found.length > 40 ? found.slice(0, 40) + '…' : found);
}

/** An input error in one line, as the CLI prints it: the field at fault, what was expected, what was found. */
export function errorText(lang: Lang, e: { readonly expected: ImportExpectation; readonly found: string; readonly field?: string | undefined }): string {
  const field = e.field !== undefined ? `${e.field}: ` : '';
  return field + t(lang, 'error.expectedFound', { expected: expectedText(lang, e.expected), found: foundText(lang, e.found) });
}

/** What the trust-policy editor expected, in words, with the element names the policy used. */
export function policyExpectedText(lang: Lang, expected: PolicyExpectation): string {
  if ('json' in expected) return tx(lang, `json.${expected.json}`, LIMITS);
  const names: Record<string, string> = { ...expected.names };
  if (expected.item !== undefined) names.item = t(lang, `policy.${expected.item}`);
  return tx(lang, `policy.${expected.rule}`, names);
}

/** The editor's sentence for a refused policy: where it went wrong, and what was expected there. */
export function policyErrorText(lang: Lang, e: PolicyError): string {
  return t(lang, 'flow.trust.error', { line: e.line, column: e.column, path: e.path || '/', expected: policyExpectedText(lang, e.expected) });
}
