/**
 * The signing lab: paste a request, watch every SigV4 stage computed live, find out why a
 * request was rejected. Left: the inputs (sticky); right: the stages.
 */
import { lazy, Suspense } from 'react';
import { loadSection, t } from '../../content/i18n';
import { useStore } from '../../store';
import { ExampleBar } from './ExampleBar';
import { ProvenanceNote } from './ProvenanceNote';
import { RequestEditor } from './RequestEditor';
import { SigningForm } from './SigningForm';
import { StageList } from './StageList';
// Below the stages and needed only when a request is rejected: loaded after the first paint.
const DebugPanels = lazy(() =>
  // The panels' words are a section of the catalogue that comes with them.
  Promise.all([import('./DebugPanels'), loadSection('diagnose', useStore.getState().prefs.lang)]).then(([m]) => m),
);
import { Walkthrough } from './Walkthrough';

export function LabPage() {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <div className="lab">
      <section className="lab-intro" aria-labelledby="lab-title">
        <h2 id="lab-title" className="section-title">
          {t(lang, 'lab.title')}
        </h2>
        <p>{t(lang, 'lab.intro.live')}</p>
        <ExampleBar />
      </section>
      <div className="lab-columns">
        <div className="lab-inputs">
          <RequestEditor />
          <SigningForm />
        </div>
        <div className="lab-stages">
          <Walkthrough />
          <ProvenanceNote />
          <p className="note">{t(lang, 'markers.note')}</p>
          <StageList />
        </div>
      </div>
      <section className="debug" aria-labelledby="debug-title">
        <h2 id="debug-title" className="section-title">
          {t(lang, 'debug.title')}
        </h2>
        <Suspense fallback={null}>
          <DebugPanels />
        </Suspense>
      </section>
    </div>
  );
}
