/**
 * The exact message of the current step, beside the graph, under the step's name and with its plain
 * explanation; before the first step, what the scenario shows. While the
 * step's envelope travels its edge the panel says so; once it has arrived the message opens, each
 * exchange cut into its labelled parts (request or status line, headers, body).
 */
import { lazy, Suspense, useEffect } from 'react';
import { loadSection, t, tx, type Lang } from '../../content/i18n';
import { messageText, type ScenarioId, type Step } from '../../flow';
import { useStore } from '../../store';
import { maskSecretsIn } from '../lab/mask';

/**
 * The parts view and its words load after first paint (the page's first script is on a budget),
 * fetched as soon as the panel shows; until they are there the panel shows the message whole.
 */
const loadParts = () => Promise.all([import('./MessageParts'), loadSection('views', useStore.getState().prefs.lang)]).then(([m]) => m);
const MessageParts = lazy(() => loadParts().then((m) => ({ default: m.MessageParts })));
/** A step's explanation: its words are the views section's, so it shows once that has loaded (with the message parts). */
function ExplanationText({ lang, step }: { readonly lang: Lang; readonly step: Step }) {
  return <>{tx(lang, step.explanationKey, step.params)}</>;
}
const Explanation = lazy(() => loadParts().then(() => ({ default: ExplanationText })));
/** The scenario's summary, before its first step: the same late section's words. */
function SummaryText({ lang, scenario }: { readonly lang: Lang; readonly scenario: ScenarioId }) {
  return <>{tx(lang, `scenario.${scenario}.summary`)}</>;
}
const Summary = lazy(() => loadParts().then(() => ({ default: SummaryText })));
/** Before the first step, where the SDK looked for credentials (the chain's words come with it). */
const ChainReasons = lazy(() =>
  Promise.all([import('./FlowChain'), loadSection('views', useStore.getState().prefs.lang)]).then(([m]) => ({ default: m.FlowChainReasons })),
);

export function FlowMessage() {
  const lang = useStore((s) => s.prefs.lang);
  const model = useStore((s) => s.flow.model);
  const state = useStore((s) => s.flow.state);
  const arrived = useStore((s) => s.flow.delivery.arrived);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const scenario = useStore((s) => s.flow.scenarioId);
  const step = model.steps[state.step - 1];
  const text = step ? messageText(step) : '';
  // The document carries the secret and the token: masked on screen and in data-value unless revealed.
  const c = model.credentials;
  const mask = (s: string) => maskSecretsIn(s, [c?.secretAccessKey, c?.sessionToken, ...model.secrets], reveal, 40);
  useEffect(() => void loadParts(), []);
  return (
    <section className="flow-message panel" data-testid="flow-message" data-value={mask(text)} data-arrived={step ? arrived : undefined} aria-labelledby="flow-message-title">
      <h3 id="flow-message-title" className="flow-step" data-testid="flow-step" data-value={state.step} aria-live="polite">
        {step ? t(lang, 'flow.step.status', { step: state.step, total: model.stepCount, title: tx(lang, step.titleKey, step.params) }) : t(lang, 'flow.message')}
      </h3>
      {step ? (
        <>
          <p className={`flow-explain${step.outcome !== 'ok' ? ' failed' : ''}`} data-testid="flow-explanation">
            {step.outcome !== 'ok' && <strong>{t(lang, `flow.outcome.${step.outcome}`)}: </strong>}
            <Suspense fallback={null}>
              <Explanation lang={lang} step={step} />
            </Suspense>
          </p>
          {arrived ? (
            // The part of the panel that scrolls when the message is long, and so can take focus.
            <div className="flow-message-text" tabIndex={0} aria-label={t(lang, 'flow.message')}>
              <Suspense fallback={<pre className="code">{mask(text)}</pre>}>
                <MessageParts step={step} current={state.playing ? state.exchange : -1} mask={mask} />
              </Suspense>
            </div>
          ) : (
            <p className="hint flow-travelling" aria-live="polite">
              {t(lang, 'flow.message.travelling', { step: step.number })}
            </p>
          )}
        </>
      ) : (
        <>
          <p id="flow-scenario-summary">
            <Suspense fallback={null}>
              <Summary lang={lang} scenario={scenario} />
            </Suspense>
          </p>
          <Suspense fallback={null}>
            <ChainReasons />
          </Suspense>
          <p className="hint">{t(lang, 'flow.step.none')}</p>
          <p className="hint">{t(lang, 'flow.message.none')}</p>
        </>
      )}
    </section>
  );
}
