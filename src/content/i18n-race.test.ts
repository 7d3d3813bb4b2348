/**
 * A language chosen and a view opened at nearly the same time: whichever finishes loading first,
 * the view's section ends up loaded in the new language, so `t` speaks it instead of printing keys.
 * Each test starts from a fresh catalogue module, as a page does, with the English lab section held
 * back until the test lets it arrive.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lab as ja } from './ja/lab';

type I18n = typeof import('./i18n');
let i18n: I18n;
let release: () => void;

beforeEach(async () => {
  vi.resetModules();
  const arrived = new Promise<void>((resolve) => (release = resolve));
  vi.doMock('./en/lab', async () => {
    await arrived;
    return vi.importActual('./en/lab');
  });
  i18n = await import('./i18n');
});

afterEach(() => {
  release();
  vi.doUnmock('./en/lab');
});

describe('a section and a language loading at once', () => {
  it('the lab opened (in English) while Japanese loads, arriving after it: its Japanese words load too', async () => {
    const choosing = i18n.loadLang('ja');
    const opening = i18n.loadSection('lab', 'en');
    await choosing;
    release();
    await opening;
    expect(i18n.t('ja', 'walk.title')).toBe(ja['walk.title']);
  });

  it('Japanese chosen while the lab (in English) still loads: the language waits for the lab in Japanese only', async () => {
    const opening = i18n.loadSection('lab', 'en');
    await i18n.loadLang('ja');
    expect(i18n.t('ja', 'walk.title')).toBe(ja['walk.title']);
    release();
    await opening;
  });

  it('once a language has loaded, a section opened in it loads in it alone', async () => {
    // Nothing races here: the English lab may arrive at once. As the page starts: English first, then the reader picks Japanese.
    release();
    await i18n.loadLang('en');
    await i18n.loadLang('ja');
    await i18n.loadSection('lab', 'ja');
    expect(i18n.t('ja', 'walk.title')).toBe(ja['walk.title']);
    expect(i18n.sectionMessages('lab', 'en')).toBeUndefined();
  });

  it('a section never asked for is not loaded with a language', async () => {
    await i18n.loadLang('ja');
    expect(i18n.sectionMessages('lab', 'ja')).toBeUndefined();
    expect(i18n.t('ja', 'walk.title')).toBe('walk.title');
  });
});
