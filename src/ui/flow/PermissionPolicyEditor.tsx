/**
 * The role's permission policy as editable JSON, shown when the journey reaches IAM's authorization:
 * what the role may do comes from its policies. Errors are located as in the trust-policy editor; the
 * verdict is the flow's own authorize step (a word and a mark, never colour alone). Loads after first
 * paint with its words (the views section).
 */
import { useId } from 'react';
import { policyErrorText } from '../../content/describe';
import { t } from '../../content/i18n';
import { BUCKET_ARN, LIST_ACTION } from '../../flow';
import { useStore } from '../../store';

export function PermissionPolicyEditor() {
  const id = useId();
  const lang = useStore((s) => s.prefs.lang);
  const text = useStore((s) => s.flow.permissionText);
  const error = useStore((s) => s.flow.permissionError);
  const model = useStore((s) => s.flow.model);
  const setText = useStore((s) => s.setPermissionText);
  const step = model.steps.find((s) => s.id === 'authorize');
  if (!step?.decision) return null;
  const decision = step.decision;
  const allow = decision.decision === 'allow';
  const statement = decision.sid ?? (decision.statementIndex !== undefined ? `#${decision.statementIndex + 1}` : '');
  const role = model.scenario.role.name;
  return (
    <section className="panel trust-editor permission-editor" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(lang, 'flow.permission.title', { role })}</h3>
      <label htmlFor={id} className="hint">
        {t(lang, 'flow.permission.help', { step: step.number })}
      </label>
      <div className="trust-row">
        <textarea
          id={id}
          data-testid="permission-policy-editor"
          className="plain-input"
          rows={12}
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="trust-side">
          <p id={`${id}-error`} className="input-error" data-testid="permission-policy-error" role="alert" hidden={!error}>
            {error ? `⚠ ${policyErrorText(lang, error)}` : null}
          </p>
          <p className="hint">{t(lang, 'flow.permission.question', { action: LIST_ACTION, resource: BUCKET_ARN })}</p>
          <p className={`verdict verdict-${allow ? 'match' : 'mismatch'}`} data-testid="permission-verdict" data-value={decision.decision} data-reason={decision.reason}>
            <strong>{allow ? `✓ ${t(lang, 'flow.trust.allow')}` : `✗ ${t(lang, 'flow.trust.deny')}`}</strong>{' '}
            {t(lang, `flow.permission.verdict.${decision.reason}`, { statement, action: LIST_ACTION })}
          </p>
        </div>
      </div>
    </section>
  );
}
