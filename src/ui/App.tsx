/** The app shell: header with the language menu, the signing lab, the privacy note; an error boundary keeps the page from going blank. */
import { useEffect } from 'react';
import { LANGS, isLang, t } from '../content/i18n';
import { useStore } from '../store';
import { ErrorBoundary } from './common/ErrorBoundary';
import { FlowPage } from './flow/FlowPage';
import { LabPage } from './lab/LabPage';

const LANG_NAME = { en: 'lang.en', ja: 'lang.ja' } as const;

export function App() {
  const lang = useStore((s) => s.prefs.lang);
  const setLang = useStore((s) => s.setLang);

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
      <nav className="view-nav" aria-label={t(lang, 'nav.label')}>
        <a href="#flow" data-testid="view-flow">
          1. {t(lang, 'nav.flow')}
        </a>
        <a href="#lab" data-testid="view-lab">
          2. {t(lang, 'nav.lab')}
        </a>
      </nav>
      <main className="app-main">
        <ErrorBoundary
          fallback={(error, reset) => (
            <section className="failure" role="alert" data-testid="app-error">
              <h2 className="section-title">{t(lang, 'app.error')}</h2>
              <pre className="code">{error.message}</pre>
              <button type="button" onClick={reset}>
                {t(lang, 'app.error.retry')}
              </button>
            </section>
          )}
        >
          <section id="flow" className="view">
            <FlowPage />
          </section>
          <section id="lab" className="view">
            <LabPage />
          </section>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t(lang, 'app.privacy')}</p>
      </footer>
    </div>
  );
}
