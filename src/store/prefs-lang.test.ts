/**
 * Choosing a language twice in quick succession: the page ends in the language chosen last, even
 * when the first one's catalogue arrives after the second's.
 */
import { create } from 'zustand';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../content/i18n';

const pending = new Map<Lang, () => void>();
vi.mock('../content/i18n', async (actual) => ({
  ...(await actual<typeof import('../content/i18n')>()),
  // Each language's catalogue arrives when the test says so.
  loadLang: (lang: Lang) => new Promise<void>((resolve) => pending.set(lang, resolve)),
}));

const { createPrefsSlice } = await import('./prefs-slice');

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('setLang', () => {
  beforeEach(() => pending.clear());

  it('switches once the catalogue is there', async () => {
    const store = create(createPrefsSlice);
    const before = store.getState().prefs.lang;
    store.getState().setLang('ja');
    await settle();
    expect(store.getState().prefs.lang).toBe(before);
    pending.get('ja')!();
    await settle();
    expect(store.getState().prefs.lang).toBe('ja');
  });

  it('Japanese, then English at once, the Japanese catalogue arriving last: the page stays in English', async () => {
    const store = create(createPrefsSlice);
    store.getState().setLang('ja');
    store.getState().setLang('en');
    pending.get('en')!();
    await settle();
    expect(store.getState().prefs.lang).toBe('en');
    pending.get('ja')!();
    await settle();
    expect(store.getState().prefs.lang).toBe('en');
  });
});
