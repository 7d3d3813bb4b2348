/**
 * The guided tour as scenes: the talk's story in ten chapters. Each chapter sets up its view and
 * state (through the store) and names its subject, the element it talks about; the caption is docked
 * below the view, so it never covers the subject, and the subject is scrolled whole into its panel.
 */
import { lazy, Suspense, useEffect } from 'react';
import { loadSection, t, type Lang } from '../content/i18n';
import { CHAPTERS, useStore } from '../store';

/** The nearest ancestor that scrolls its content, if any. */
function scrollParent(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (/(auto|scroll)/.test(getComputedStyle(p).overflowY)) return p;
  return null;
}

/**
 * Brings the chapter's subject whole into view once it is on the page (views, their words and the
 * stage cards load lazily), and again whenever it, its panel or the caption changes size while the chapter lasts.
 */
function useShowSubject(subject: string | undefined, chapter: number): void {
  useEffect(() => {
    if (!subject) return;
    let frames = 0;
    let id = 0;
    let ro: ResizeObserver | undefined;
    const show = () => {
      const el = document.querySelector(`[data-testid="${subject}"]`);
      if (el) {
        const reveal = () => el.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'auto' });
        reveal();
        ro = new ResizeObserver(reveal);
        ro.observe(el);
        const caption = document.querySelector('[data-testid="tour-caption"]');
        if (caption) ro.observe(caption);
        // The panel it scrolls in can shrink too (a line above it wraps once its words arrive).
        const panel = scrollParent(el);
        if (panel) ro.observe(panel);
        return;
      }
      // Lazily loaded views take a few frames; give up after about two seconds.
      if (++frames < 120) id = requestAnimationFrame(show);
    };
    id = requestAnimationFrame(show);
    return () => {
      cancelAnimationFrame(id);
      ro?.disconnect();
    };
  }, [subject, chapter]);
}

/** The chapters' words are a section of their own, asked for as the caption mounts (long before anyone starts the tour). */
const loadChapters = () => loadSection('chapters', useStore.getState().prefs.lang);
function ChapterWords({ lang, id }: { readonly lang: Lang; readonly id: string }) {
  return (
    <>
      <h3>{t(lang, `tour.${id}.title` as 'tour.role.title')}</h3>
      <p>{t(lang, `tour.${id}.text` as 'tour.role.text')}</p>
    </>
  );
}
const ChapterText = lazy(() => loadChapters().then(() => ({ default: ChapterWords })));

export function TourPanel() {
  useEffect(() => void loadChapters(), []);
  const lang = useStore((s) => s.prefs.lang);
  const presenter = useStore((s) => s.prefs.presenter);
  const chapter = useStore((s) => s.tour.chapter);
  const next = useStore((s) => s.tourNext);
  const prev = useStore((s) => s.tourPrev);
  const c = CHAPTERS[chapter - 1];
  useShowSubject(c?.subject, chapter);

  return (
    <section className="tour" data-testid="tour-caption" aria-labelledby="tour-title">
      <h2 id="tour-title" className="tour-title">
        {t(lang, 'tour.title')}
      </h2>
      <p className="tour-count" data-testid="tour-step" data-value={chapter} data-subject={c?.subject ?? ''} aria-live="polite">
        {c ? t(lang, 'tour.chapter', { n: chapter, total: CHAPTERS.length }) : t(lang, 'tour.intro')}
      </p>
      {c && (
        <div className="tour-body" data-testid="tour-chapter" data-chapter={c.id}>
          <Suspense fallback={null}>
            <ChapterText lang={lang} id={c.id} />
          </Suspense>
        </div>
      )}
      {presenter && <p className="presenter-hint visually-hidden">{t(lang, 'presenter.hint')}</p>}
      <div className="tour-buttons">
        <button type="button" data-testid="tour-prev" onClick={prev} disabled={chapter <= 1} aria-label={t(lang, 'tour.prev')}>
          ←<span className="tour-button-text"> {t(lang, 'tour.prev')}</span>
        </button>
        <button type="button" className="primary" data-testid="tour-next" onClick={next} disabled={chapter >= CHAPTERS.length} aria-label={chapter === 0 ? t(lang, 'tour.start') : t(lang, 'tour.next')}>
          <span className="tour-button-text">{chapter === 0 ? t(lang, 'tour.start') : t(lang, 'tour.next')} </span>→
        </button>
      </div>
    </section>
  );
}
