/**
 * The signing lab as one scene: the walkthrough and what the diagram paints on top; below them the
 * inputs (the request, the credentials and options, the debugging panels) in a column that scrolls
 * inside itself, the diagram as the hero, and beside it the selected stage in full.
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { loadSection, t } from '../../content/i18n';
import { useStore } from '../../store';
import { Diagram } from './Diagram';
import { ExampleBar } from './ExampleBar';
import { ProvenanceNote } from './ProvenanceNote';
import { RequestEditor } from './RequestEditor';
import { SigningForm } from './SigningForm';
import { StageList } from './StageList';
import { Walkthrough } from './Walkthrough';
import './lab-scene.css';

/**
 * The debugging panels and the diagram's what-if picker are a chunk of their own, with their section
 * of the catalogue, loaded after the first paint: both name the what-ifs, whose words live there.
 */
const debugging = () => Promise.all([import('./DebugPanels'), loadSection('diagnose', useStore.getState().prefs.lang)]).then(([m]) => m);
const DebugPanels = lazy(debugging);
const PaintPicker = lazy(() => debugging().then((m) => ({ default: m.PaintPicker })));
const PaintStatus = lazy(() => debugging().then((m) => ({ default: m.PaintStatus })));

/** The selected stage in full; a newly selected one is shown from its top. */
function Detail() {
  const lang = useStore((s) => s.prefs.lang);
  const selected = useStore((s) => s.lab.selected);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [selected]);
  // The detail scrolls in a box of its own inside the column (lab-scene.css says why): the labelled
  // aside, which the keyboard can reach and scroll, as before.
  return (
    <div className="lab-detail">
      <aside className="lab-detail-scroll" ref={ref} data-testid="diagram-detail" aria-label={t(lang, 'diagram.detail')}>
        <StageList />
        <p className="note">{t(lang, 'markers.note')}</p>
      </aside>
    </div>
  );
}

export function LabPage() {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <div className="lab scene">
      <h2 id="lab-title" className="visually-hidden">
        {t(lang, 'lab.title')}
      </h2>
      <p className="visually-hidden">{t(lang, 'lab.intro.live')}</p>
      <div className="lab-toolbar">
        <Walkthrough />
        <Suspense fallback={null}>
          <PaintPicker />
        </Suspense>
      </div>
      <div className="lab-stage">
        <div className="lab-inputs">
          <RequestEditor />
          <ExampleBar />
          <SigningForm />
          <section className="debug" aria-labelledby="debug-title">
            <h2 id="debug-title" className="section-title">
              {t(lang, 'debug.title')}
            </h2>
            <Suspense fallback={null}>
              <DebugPanels />
            </Suspense>
          </section>
        </div>
        <div className="lab-picture">
          <Diagram />
          <Suspense fallback={null}>
            <PaintStatus />
          </Suspense>
          <ProvenanceNote />
        </div>
        <Detail />
      </div>
    </div>
  );
}
