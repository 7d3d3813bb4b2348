/**
 * The app shell: one header line (title, the two views, language, theme, presenter mode, share menu),
 * the active view as a scene that fills the screen, and the tour's caption docked below it; an error
 * boundary keeps the page from going blank.
 */
import { useEffect, lazy, Suspense } from 'react';
import { LANGS, isLang, languageName, loadSection, t } from '../content/i18n';
import { useStore } from '../store';
import { ErrorBoundary } from './common/ErrorBoundary';
import { LinkCredentialsNotice } from './common/LinkCredentialsNotice';
import { ShareMenu } from './common/ShareMenu';
import { usePresenter } from './common/usePresenter';
import { useTheme } from './common/useTheme';
import { useUrlSync } from './common/useUrlSync';
import { TourPanel } from './TourPanel';
import { FlowPage } from './flow/FlowPage';

// The lab is the second view: its components load after the first paint of the flow.
// Its words are a section of the catalogue that comes with it.
const LabPage = lazy(() =>
  Promise.all([import('./lab/LabPage'), loadSection('lab', useStore.getState().prefs.lang), loadSection('errors', useStore.getState().prefs.lang)]).then(([m]) => ({ default: m.LabPage })),
);

const VIEWS = ['flow', 'lab'] as const;
const VIEW_LABEL = { flow: 'nav.flow', lab: 'nav.lab' } as const;

export function App() {
  const lang = useStore((s) => s.prefs.lang);
  const setLang = useStore((s) => s.setLang);
  const theme = useStore((s) => s.prefs.theme);
  const setTheme = useStore((s) => s.setTheme);
  const presenter = useStore((s) => s.prefs.presenter);
  const setPresenter = useStore((s) => s.setPresenter);
  const view = useStore((s) => s.prefs.view);
  const setView = useStore((s) => s.setView);
  useTheme(theme);
  usePresenter();
  useUrlSync();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'app.title');
  }, [lang]);

  return (
    <div className="app" data-view={view}>
      <header className="app-header">
        <h1 className="app-title" title={t(lang, 'app.tagline')}>
          {t(lang, 'app.title')}
        </h1>
        <nav className="view-nav" aria-label={t(lang, 'nav.label')}>
          {VIEWS.map((v, i) => (
            <a key={v} href={`#${v}`} data-testid={`view-${v}`} aria-current={view === v ? 'page' : undefined} onClick={(e) => { e.preventDefault(); setView(v); }}>
              <span className="view-num">{i + 1}</span> {t(lang, VIEW_LABEL[v])}
            </a>
          ))}
        </nav>
        <div className="header-controls">
          <label className="lang-picker">
            <span className="visually-hidden">{t(lang, 'lang.label')}</span>
            <select
              data-testid="lang-select"
              aria-label={t(lang, 'lang.label')}
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
            <span className="visually-hidden">{t(lang, 'theme.label')}</span>
            <select data-testid="theme-select" aria-label={t(lang, 'theme.label')} value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark' | 'system')}>
              <option value="light">{t(lang, 'theme.light')}</option>
              <option value="dark">{t(lang, 'theme.dark')}</option>
              <option value="system">{t(lang, 'theme.system')}</option>
            </select>
          </label>
          <button type="button" data-testid="presenter-toggle" aria-pressed={presenter} aria-keyshortcuts="P" title={t(lang, 'presenter.hint')} onClick={() => setPresenter(!presenter)}>
            {presenter ? t(lang, 'presenter.exit') : t(lang, 'presenter.toggle')}
          </button>
          <ShareMenu />
        </div>
      </header>
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
          {/* One view at a time, each a scene that fits the screen; the other is not mounted. */}
          {view === 'flow' ? (
            <section id="flow" className="view" aria-label={t(lang, 'nav.flow')}>
              <FlowPage />
            </section>
          ) : (
            <section id="lab" className="view" aria-label={t(lang, 'nav.lab')}>
              <Suspense fallback={<p className="hint">{t(lang, 'lab.loading')}</p>}>
                <LabPage />
              </Suspense>
            </section>
          )}
        </ErrorBoundary>
      </main>
      <TourPanel />
    </div>
  );
}
