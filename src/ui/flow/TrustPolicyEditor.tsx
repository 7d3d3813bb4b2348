/** The role's trust policy as editable JSON; errors beside it; the verdict of the evaluator on the flow's caller. */
import { Suspense, useId } from 'react';
import { t } from '../../content/i18n';
import { evaluateTrustPolicy, trustQuestionOf } from '../../flow';
import { useStore } from '../../store';
import { PolicyErrorText } from './PolicyErrorText';

export function TrustPolicyEditor() {
  const id = useId();
  const lang = useStore((s) => s.prefs.lang);
  const text = useStore((s) => s.flow.policyText);
  const error = useStore((s) => s.flow.policyError);
  const inForce = useStore((s) => s.flow.inForce);
  const model = useStore((s) => s.flow.model);
  const setText = useStore((s) => s.setPolicyText);
  // The flow's own trust check when it has one; otherwise the scenario's question, asked directly.
  const step = model.steps.find((s) => s.id === 'trust-check');
  const q = trustQuestionOf(model.scenario);
  const decision = step?.decision ?? evaluateTrustPolicy(inForce.policy, q);
  const statement = decision.sid ?? (decision.statementIndex !== undefined ? `#${decision.statementIndex + 1}` : '');
  return (
    <section className="panel trust-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(lang, 'flow.trust.title')}</h3>
      <label htmlFor={id} className="hint">
        {t(lang, 'flow.trust.help')}
      </label>
      <div className="trust-row">
        <textarea
          id={id}
          data-testid="trust-policy-editor"
          className="plain-input"
          rows={14}
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="trust-side">
          <p id={`${id}-error`} className="input-error" data-testid="trust-policy-error" role="alert" hidden={!error}>
            {error ? (
              <>
                ⚠{' '}
                <Suspense fallback={null}>
                  <PolicyErrorText lang={lang} error={error} />
                </Suspense>
              </>
            ) : null}
          </p>
          <p className="hint">{t(lang, 'flow.trust.question', { principal: q.principal.value, action: q.action })}</p>
          <p className={`verdict verdict-${decision.decision === 'allow' ? 'match' : 'mismatch'}`} data-testid="trust-verdict" data-value={decision.decision} data-reason={decision.reason}>
            <strong>{decision.decision === 'allow' ? `✓ ${t(lang, 'flow.trust.allow')}` : `✗ ${t(lang, 'flow.trust.deny')}`}</strong>{' '}
            {t(lang, `flow.trust.verdict.${decision.reason}`, { statement, principal: q.principal.value, action: q.action })}
          </p>
        </div>
      </div>
    </section>
  );
}
