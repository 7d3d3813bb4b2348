/** The words of the pure modules' errors: the lab's and the CLI's, from the ids the errors carry. */
import { describe, expect, it } from 'vitest';
import { importRequest } from '../inputs';
import { importErrorOf } from '../inputs/test-support/helpers';
import { errorText, expectedText, FIELD_WORDED, foundText } from './describe';
import { loadLang } from './i18n';
import { loadSection } from './i18n';

await Promise.all([loadSection('errors', 'en'), loadSection('errors', 'ja')]);

await loadLang('ja');

describe('errorText', () => {
  it('names the place and what was expected (the CLI puts the file and line:column in front)', () => {
    const e = importErrorOf(() => importRequest(`curl 'x`));
    expect(`${e.line}:${e.column}: ${errorText('en', e)}`).toBe(`1:6: expected a closing quote for the quote opened here, found "'"`);
  });
  it('names the field at fault first', () => {
    expect(errorText('en', { field: 'region', expected: 'non-empty-string', found: '' })).toBe('region: expected a non-empty string, found nothing');
  });
});

describe('expectedText', () => {
  it('words a few expectations for a form field, the rest as for a file', () => {
    expect(expectedText('en', 'non-empty-string')).toBe('a non-empty string');
    expect(expectedText('en', 'non-empty-string', true)).toBe('a value');
    expect(expectedText('en', 'header-colon', true)).toBe(expectedText('en', 'header-colon'));
    for (const id of FIELD_WORDED) expect(expectedText('ja', id, true)).not.toBe(expectedText('ja', id));
  });
  it('fills in the JSON depth limit', () => {
    expect(expectedText('en', 'json-depth')).toBe('JSON with arrays and objects nested at most 512 levels deep');
    expect(expectedText('ja', 'json-depth')).toContain('512');
  });
});

describe('foundText', () => {
  it('quotes what was found, cut at 40 characters, or says nothing was', () => {
    expect(foundText('en', '')).toBe('nothing');
    expect(foundText('ja', '')).toBe('何もなし');
    expect(foundText('en', 'k'.repeat(41))).toBe(`"${'k'.repeat(40)}…"`);
  });
});
