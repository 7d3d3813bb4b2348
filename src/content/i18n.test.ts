import { describe, expect, it } from 'vitest';
import { LANGS, SECTIONS, catalogue, detectLang, loadLang, loadSection, sectionMessages, slotsOf, t, tx, type Lang } from './i18n';

// Every language but English is loaded on demand, as the page does when it is chosen, and the lazy
// sections (the lab's words, the debugging panels' words, the flow views' late words) with their views: the parity check covers the whole of each.
await Promise.all(LANGS.map((lang) => Promise.all([loadLang(lang), ...SECTIONS.map((s) => loadSection(s, lang))])));

type Messages = Readonly<Record<string, string | undefined>>;
/** Each language's catalogues: what comes with the language, and each lazy section on its own. */
const PARTS: Readonly<Record<Lang, Readonly<Record<string, Messages>>>> = Object.fromEntries(
  LANGS.map((lang) => [lang, { messages: catalogue(lang)!, ...Object.fromEntries(SECTIONS.map((s) => [s, sectionMessages(s, lang)!])) }]),
) as unknown as Record<Lang, Record<string, Messages>>;
const CATALOGUES = Object.fromEntries(LANGS.map((lang) => [lang, Object.assign({}, ...Object.values(PARTS[lang])) as Messages])) as Record<Lang, Messages>;

const keys = [...new Set(LANGS.flatMap((lang) => Object.keys(CATALOGUES[lang])))].sort();

/** Every file of every language folder, as the bundler sees them: a folder is a language. */
const FOLDERS = import.meta.glob<Record<string, unknown>>(['./*/*.ts', '!./*/*.test.ts'], { eager: true });
const folderOf = (path: string): string => path.split('/')[1]!;
const sectionFiles = (folder: string) => Object.entries(FOLDERS).filter(([p]) => folderOf(p) === folder && !p.endsWith('/index.ts'));

describe('message catalogues', () => {
  it.each(keys)('%s is present and non-empty in every language, with the same slots', (key) => {
    const slots = LANGS.map((lang) => {
      const text = CATALOGUES[lang][key];
      expect(text, `${lang}: ${key}`).toBeTypeOf('string');
      expect(text?.trim(), `${lang}: ${key} is empty`).not.toBe('');
      return slotsOf(text ?? '');
    });
    for (const [i, lang] of LANGS.entries()) {
      expect(slots[i], `${lang}: slots of ${key} differ from en`).toEqual(slots[0]);
    }
  });

  it('has the key set of the English catalogue in every language, section by section', () => {
    for (const lang of LANGS) {
      for (const [part, messages] of Object.entries(PARTS[lang])) expect(Object.keys(messages).sort(), `${lang} ${part}`).toEqual(Object.keys(PARTS.en[part]!).sort());
    }
  });

  it('has one folder per language in the language list, and no other', () => {
    expect([...new Set(Object.keys(FOLDERS).map(folderOf))].sort()).toEqual([...LANGS].sort());
  });

  it.each(LANGS)('%s: every key is worded in one file of its folder only', (lang) => {
    const perFile = sectionFiles(lang).flatMap(([, module]) => Object.values(module).flatMap((v) => Object.keys(v as object)));
    expect(perFile.length).toBe(new Set(perFile).size);
    expect(new Set(perFile)).toEqual(new Set(Object.keys(CATALOGUES[lang])));
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

  it('leaves a slot without a value visible, so a gap shows', () => {
    expect(tx('en', 'stage.kDate.explain', {})).toBe('HMAC-SHA256 of the date {date}, keyed with kSecret.');
  });

  it('finds the words of a loaded lazy section', () => {
    expect(t('ja', 'diff.side.server')).toBe(sectionMessages('diagnose', 'ja')!['diff.side.server']);
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
