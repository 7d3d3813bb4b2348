/**
 * Preferences: language, theme, and whether secrets are shown. Only the language and the theme are
 * remembered (localStorage, listed in the README); secrets never are.
 */
import type { StateCreator } from 'zustand';
import { detectLang, isLang, loadLang, type Lang } from '../content/i18n';

/** The theme choice: light, dark, or whatever the system says. */
export type Theme = 'light' | 'dark' | 'system';

/** The storage keys, all of them: nothing else is ever written. */
export const STORAGE_KEYS = { lang: 'iam-role-journey.lang', theme: 'iam-role-journey.theme' } as const;

function load(key: string): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  } catch {
    return null;
  }
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage can be off (private windows, file:// in some browsers): the choice then lasts this visit.
  }
}

const isTheme = (v: string | null): v is Theme => v === 'light' || v === 'dark' || v === 'system';

/** The prefs slice. */
export interface PrefsSlice {
  readonly prefs: { readonly lang: Lang; readonly theme: Theme; readonly revealSecrets: boolean; readonly presenter: boolean; readonly view: 'flow' | 'lab' };
  setView: (view: 'flow' | 'lab') => void;
  setLang: (lang: Lang) => void;
  setTheme: (theme: Theme) => void;
  setPresenter: (on: boolean) => void;
}

/** Creates the prefs slice; the language starts from the stored choice, else the browser's. */
export const createPrefsSlice: StateCreator<PrefsSlice, [], [], PrefsSlice> = (set) => {
  // The language chosen last: a catalogue that arrives after a later choice (Japanese, then English
  // at once) does not switch the page back to it.
  let chosen: Lang | null = null;
  const storedLang = load(STORAGE_KEYS.lang);
  const storedTheme = load(STORAGE_KEYS.theme);
  return {
    prefs: {
      lang: storedLang && isLang(storedLang) ? storedLang : detectLang(typeof navigator === 'undefined' ? 'en' : navigator.language),
      theme: isTheme(storedTheme) ? storedTheme : 'system',
      revealSecrets: false,
      presenter: false,
      view: 'flow',
    },
    setView(view) {
      set((s) => ({ prefs: { ...s.prefs, view } }));
    },
    setLang(lang) {
      save(STORAGE_KEYS.lang, lang);
      chosen = lang;
      // The page switches once the language's catalogue is there: never a half-translated frame.
      void loadLang(lang).then(() => {
        if (chosen === lang) set((s) => ({ prefs: { ...s.prefs, lang } }));
      });
    },
    setTheme(theme) {
      save(STORAGE_KEYS.theme, theme);
      set((s) => ({ prefs: { ...s.prefs, theme } }));
    },
    setPresenter(presenter) {
      set((s) => ({ prefs: { ...s.prefs, presenter } }));
    },
  };
};
