/** Preferences: language and whether secrets are shown. Only the language is ever remembered (issue 5 lists what). */
import type { StateCreator } from 'zustand';
import { detectLang, type Lang } from '../content/i18n';

/** The prefs slice. */
export interface PrefsSlice {
  readonly prefs: { readonly lang: Lang; readonly revealSecrets: boolean };
  setLang: (lang: Lang) => void;
  setRevealSecrets: (reveal: boolean) => void;
}

/** Creates the prefs slice; the language starts from the browser's. */
export const createPrefsSlice: StateCreator<PrefsSlice, [], [], PrefsSlice> = (set) => ({
  prefs: { lang: detectLang(typeof navigator === 'undefined' ? 'en' : navigator.language), revealSecrets: false },
  setLang(lang) {
    set((s) => ({ prefs: { ...s.prefs, lang } }));
  },
  setRevealSecrets(revealSecrets) {
    set((s) => ({ prefs: { ...s.prefs, revealSecrets } }));
  },
});
