/** The app shell: header with the language menu, the signing lab's trace page, the privacy note. */
import { useEffect, useState } from 'react';
import { LANGS, detectLang, isLang, t, type Lang } from '../content/i18n';
import { TracePage } from './lab/TracePage';

const LANG_NAME = { en: 'lang.en', ja: 'lang.ja' } as const;

export function App() {
  // The language lives in React state for now; the prefs slice of the store takes it over later.
  const [lang, setLang] = useState<Lang>(() => detectLang(navigator.language));

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'app.title');
  }, [lang]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-brand">
          <h1 className="app-title">{t(lang, 'app.title')}</h1>
          <p className="app-tagline">{t(lang, 'app.tagline')}</p>
        </div>
        <label className="lang-picker">
          <span>{t(lang, 'lang.label')}</span>
          <select
            data-testid="lang-select"
            value={lang}
            onChange={(e) => {
              if (isLang(e.target.value)) setLang(e.target.value);
            }}
          >
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(lang, LANG_NAME[code])}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main className="app-main">
        <TracePage lang={lang} />
      </main>
      <footer className="app-footer">
        <p>{t(lang, 'app.privacy')}</p>
      </footer>
    </div>
  );
}
