/** The exact message of the current step, beside the graph, with its plain explanation. */
import { t, tx } from '../../content/i18n';
import { messageText } from '../../flow';
import { useStore } from '../../store';
import { maskSecretsIn } from '../lab/mask';

export function FlowMessage() {
  const lang = useStore((s) => s.prefs.lang);
  const model = useStore((s) => s.flow.model);
  const state = useStore((s) => s.flow.state);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const step = model.steps[state.step - 1];
  const text = step ? messageText(step) : '';
  // The document carries the secret and the token: masked on screen and in data-value unless revealed.
  const c = model.credentials;
  const shown = maskSecretsIn(text, [c?.secretAccessKey, c?.sessionToken], reveal, 40);
  return (
    <section className="flow-message panel" data-testid="flow-message" data-value={shown} aria-labelledby="flow-message-title">
      <h3 id="flow-message-title">{t(lang, 'flow.message')}</h3>
      {step ? (
        <>
          <p className={`flow-explain${step.outcome !== 'ok' ? ' failed' : ''}`} data-testid="flow-explanation">
            {step.outcome !== 'ok' && <strong>{t(lang, `flow.outcome.${step.outcome}`)}: </strong>}
            {tx(lang, step.explanationKey, step.params)}
          </p>
          {step.exchanges.length > 1 && (
            <ol className="exchanges">
              {step.exchanges.map((e, i) => (
                <li key={i} className={i === state.exchange && state.playing ? 'current' : ''}>
                  {t(lang, 'flow.exchange', { n: i + 1, total: step.exchanges.length, label: e.label })}
                </li>
              ))}
            </ol>
          )}
          <pre className="code flow-message-text" tabIndex={0} aria-label={t(lang, 'flow.message')}>{shown}</pre>
        </>
      ) : (
        <p className="hint">{t(lang, 'flow.message.none')}</p>
      )}
    </section>
  );
}
