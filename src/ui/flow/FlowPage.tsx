/** Where credentials come from, as one scene: the controls, the graph as the hero, and beside it the message of each step, the role's trust and permission policies and the credentials. */
import { lazy, Suspense } from 'react';
import { loadSection, t } from '../../content/i18n';
import { useStore } from '../../store';
import { FlowControls } from './FlowControls';
import { FlowMessage } from './FlowMessage';

/**
 * The graph (and @xyflow/react with it) loads after first paint: it is a third of the JavaScript,
 * and the page is readable before it arrives (the timeline and the message panel carry every fact).
 */
const FlowGraph = lazy(() =>
  // Its own words (a catalogue section) come with it: once shown, a change of language loads them too (loadLang).
  Promise.all([import('./FlowGraph'), loadSection('views', useStore.getState().prefs.lang)]).then(([m]) => ({ default: m.FlowGraph })),
);

/**
 * The role's two policy editors and the credentials panel, with their words, load after first paint too (the page's first script
 * is on a budget); the permission policy's only for a journey that reaches IAM's authorization.
 */
const withViews = <M,>(chunk: Promise<M>) => Promise.all([chunk, loadSection('views', useStore.getState().prefs.lang)]).then(([m]) => m);
const TrustPolicyEditor = lazy(() => withViews(import('./TrustPolicyEditor')).then((m) => ({ default: m.TrustPolicyEditor })));
const FlowCredentials = lazy(() => withViews(import('./FlowCredentials')).then((m) => ({ default: m.FlowCredentials })));
const PermissionPolicyEditor = lazy(() => withViews(import('./PermissionPolicyEditor')).then((m) => ({ default: m.PermissionPolicyEditor })));

export function FlowPage() {
  const lang = useStore((s) => s.prefs.lang);
  const authorizes = useStore((s) => s.flow.model.steps.some((st) => st.id === 'authorize'));
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
        {/* Beside the graph: the message of the step, then the role's policies and the credentials it produced. */}
        <div className="flow-side">
          <FlowMessage />
          <Suspense fallback={null}>
            <TrustPolicyEditor />
            {authorizes && <PermissionPolicyEditor />}
            <FlowCredentials />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
