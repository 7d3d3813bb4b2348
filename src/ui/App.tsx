/** The app shell: header with the language menu, the signing lab, the privacy note; an error boundary keeps the page from going blank. */
import { useEffect, lazy, Suspense } from 'react';
import { LANGS, isLang, languageName, t } from '../content/i18n';
import { useStore } from '../store';
import { ErrorBoundary } from './common/ErrorBoundary';
import { LinkCredentialsNotice } from './common/LinkCredentialsNotice';
import { ShareLink } from './common/ShareLink';
import { usePresenter } from './common/usePresenter';
import { useTheme } from './common/useTheme';
import { useUrlSync } from './common/useUrlSync';
import { TourPanel } from './TourPanel';
import { FlowPage } from './flow/FlowPage';

// The lab is the second half of the page, below the flow: its components load after the first paint.
const LabPage = lazy(() => import('./lab/LabPage').then((m) => ({ default: m.LabPage })));

export function App() {
  const lang = useStore((s) => s.prefs.lang);
  const setLang = useStore((s) => s.setLang);
  const theme = useStore((s) => s.prefs.theme);
  const setTheme = useStore((s) => s.setTheme);
  const presenter = useStore((s) => s.prefs.presenter);
  const setPresenter = useStore((s) => s.setPresenter);
  const setView = useStore((s) => s.setView);
  useTheme(theme);
  usePresenter();
  useUrlSync();

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
        <div className="header-controls">
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
                {languageName(code)}
              </option>
            ))}
          </select>
        </label>
        <label className="lang-picker">
          <span>{t(lang, 'theme.label')}</span>
          <select data-testid="theme-select" value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark' | 'system')}>
            <option value="light">{t(lang, 'theme.light')}</option>
            <option value="dark">{t(lang, 'theme.dark')}</option>
            <option value="system">{t(lang, 'theme.system')}</option>
          </select>
        </label>
        <button type="button" data-testid="presenter-toggle" aria-pressed={presenter} aria-keyshortcuts="P" onClick={() => setPresenter(!presenter)}>
          {presenter ? t(lang, 'presenter.exit') : t(lang, 'presenter.toggle')}
        </button>
        <ShareLink />
        </div>
      </header>
      {presenter && (
        <p className="presenter-hint" role="status">
          {t(lang, 'presenter.hint')}
        </p>
      )}
      <nav className="view-nav" aria-label={t(lang, 'nav.label')}>
        <a href="#flow" data-testid="view-flow" onClick={() => setView('flow')}>
          1. {t(lang, 'nav.flow')}
        </a>
        <a href="#lab" data-testid="view-lab" onClick={() => setView('lab')}>
          2. {t(lang, 'nav.lab')}
        </a>
      </nav>
      <LinkCredentialsNotice />
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
          <TourPanel />
          <section id="flow" className="view">
            <FlowPage />
          </section>
          <section id="lab" className="view">
            <Suspense fallback={<p className="hint">{t(lang, 'lab.loading')}</p>}>
              <LabPage />
            </Suspense>
          </section>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t(lang, 'app.privacy')}</p>
      </footer>
    </div>
  );
}
