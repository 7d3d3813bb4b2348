/** Where credentials come from: the animated graph of the journey, the message of each step, the trust policy, the credentials. */
import { lazy, Suspense } from 'react';
import { t } from '../../content/i18n';
import { useStore } from '../../store';
import { FlowControls } from './FlowControls';
import { FlowCredentials } from './FlowCredentials';
import { FlowMessage } from './FlowMessage';
import { TrustPolicyEditor } from './TrustPolicyEditor';

/**
 * The graph (and @xyflow/react with it) loads after first paint: it is a third of the JavaScript,
 * and the page is readable before it arrives (the timeline and the message panel carry every fact).
 */
const FlowGraph = lazy(() => import('./FlowGraph').then((m) => ({ default: m.FlowGraph })));

export function FlowPage() {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <div className="flow">
      <section className="lab-intro" aria-labelledby="flow-title">
        <h2 id="flow-title" className="section-title">
          {t(lang, 'flow.title')}
        </h2>
        <p>{t(lang, 'flow.intro')}</p>
      </section>
      <FlowControls />
      <div className="flow-columns">
        <Suspense fallback={<div className="flow-graph" data-testid="flow-graph-loading" />}>
          <FlowGraph />
        </Suspense>
        <FlowMessage />
      </div>
      <div className="flow-columns lower">
        <TrustPolicyEditor />
        <FlowCredentials />
      </div>
    </div>
  );
}
