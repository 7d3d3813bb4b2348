import { describe, expect, it } from 'vitest';
import { LANGS, catalogue, detectLang, loadLang, loadSection, sectionMessages, slotsOf, t, type Lang } from './i18n';

// Every language but English is loaded on demand, as the page does when it is chosen, and the
// debugging panels' section with the panels: the parity check covers the whole of each.
await Promise.all(LANGS.map((lang) => Promise.all([loadLang(lang), loadSection('diagnose', lang)])));
const CATALOGUES = Object.fromEntries(
  LANGS.map((lang) => [lang, { ...catalogue(lang)!, ...sectionMessages('diagnose', lang)! }]),
) as unknown as Record<Lang, Readonly<Record<string, string>>>;
const en = CATALOGUES.en;

const keys = [...new Set(LANGS.flatMap((lang) => Object.keys(CATALOGUES[lang])))].sort();

describe('message catalogues', () => {
  it.each(keys)('%s is present and non-empty in every language, with the same slots', (key) => {
    const slots = LANGS.map((lang) => {
      const text = (CATALOGUES[lang] as Readonly<Record<string, string | undefined>>)[key];
      expect(text, `${lang}: ${key}`).toBeTypeOf('string');
      expect(text?.trim(), `${lang}: ${key} is empty`).not.toBe('');
      return slotsOf(text ?? '');
    });
    for (const [i, lang] of LANGS.entries()) {
      expect(slots[i], `${lang}: slots of ${key} differ from en`).toEqual(slots[0]);
    }
  });

  it('has the key set of the English catalogue in every language', () => {
    for (const lang of LANGS) expect(Object.keys(CATALOGUES[lang]).sort()).toEqual(Object.keys(en).sort());
  });
});

describe('t', () => {
  it('fills every slot with its value', () => {
    expect(t('en', 'stage.kDate.explain', { date: '20150830' })).toBe(
      'HMAC-SHA256 of the date 20150830, keyed with kSecret.',
    );
    expect(t('ja', 'lab.error.at', { line: 2, column: 7 })).toBe('2 行 7 列');
  });

  it('returns messages without slots as they are', () => {
    expect(t('ja', 'lang.label')).toBe('言語');
  });
});

describe('slotsOf', () => {
  it('lists slot names once, sorted', () => {
    expect(slotsOf('{b} and {a} and {b}')).toEqual(['a', 'b']);
    expect(slotsOf('no slots')).toEqual([]);
  });
});

describe('detectLang', () => {
  it('picks Japanese for ja tags and English otherwise', () => {
    expect(detectLang('ja')).toBe('ja');
    expect(detectLang('ja-JP')).toBe('ja');
    expect(detectLang('en-US')).toBe('en');
    expect(detectLang('fr')).toBe('en');
    expect(detectLang(undefined)).toBe('en');
  });
});
