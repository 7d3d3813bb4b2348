/** Where credentials come from, as one scene: the controls, the graph as the hero, and beside it the message of each step, the trust policy and the credentials. */
import { lazy, Suspense } from 'react';
import { loadSection, t } from '../../content/i18n';
import { useStore } from '../../store';
import { FlowControls } from './FlowControls';
import { FlowCredentials } from './FlowCredentials';
import { FlowMessage } from './FlowMessage';
import { TrustPolicyEditor } from './TrustPolicyEditor';

/**
 * The graph (and @xyflow/react with it) loads after first paint: it is a third of the JavaScript,
 * and the page is readable before it arrives (the timeline and the message panel carry every fact).
 */
const FlowGraph = lazy(() =>
  // Its own words (a catalogue section) come with it: once shown, a change of language loads them too (loadLang).
  Promise.all([import('./FlowGraph'), loadSection('views', useStore.getState().prefs.lang)]).then(([m]) => ({ default: m.FlowGraph })),
);

export function FlowPage() {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <div className="flow scene">
      <h2 id="flow-title" className="visually-hidden">
        {t(lang, 'flow.title')}
      </h2>
      <p className="visually-hidden">{t(lang, 'flow.intro')}</p>
      <FlowControls />
      <div className="flow-stage">
        <Suspense fallback={<div className="flow-graph" data-testid="flow-graph-loading" />}>
          <FlowGraph />
        </Suspense>
        {/* Beside the graph: the message of the step, then the trust policy and the credentials it produced. */}
        <div className="flow-side">
          <FlowMessage />
          <TrustPolicyEditor />
          <FlowCredentials />
        </div>
      </div>
    </div>
  );
}
