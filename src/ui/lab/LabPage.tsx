/**
 * The signing lab: paste a request, watch every SigV4 stage computed live, find out why a
 * request was rejected. Left: the inputs (sticky); right: the stages.
 */
import { t } from '../../content/i18n';
import { useStore } from '../../store';
import { ExampleBar } from './ExampleBar';
import { ProvenanceNote } from './ProvenanceNote';
import { RequestEditor } from './RequestEditor';
import { SigningForm } from './SigningForm';
import { StageList } from './StageList';
import { EchoPanel } from './EchoPanel';
import { ExportPanel } from './ExportPanel';
import { VerifyPanel } from './VerifyPanel';
import { WhatIfPanel } from './WhatIfPanel';
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
        <VerifyPanel />
        <EchoPanel />
        <WhatIfPanel />
        <ExportPanel />
      </section>
    </div>
  );
}
