/**
 * The role's permission policy as editable JSON, shown when the journey reaches IAM's authorization:
 * what the role may do comes from its policies. Errors are located as in the trust-policy editor; the
 * verdict is the flow's own authorize step (a word and a mark, never colour alone). Loads after first
 * paint with its words (the views section).
 */
import { t } from '../../content/i18n';
import { BUCKET_ARN, LIST_ACTION } from '../../flow';
import { useStore } from '../../store';
import { PolicyEditor } from './PolicyEditor';

export function PermissionPolicyEditor() {
  const lang = useStore((s) => s.prefs.lang);
  const text = useStore((s) => s.flow.permissionText);
  const error = useStore((s) => s.flow.permissionError);
  const model = useStore((s) => s.flow.model);
  const setText = useStore((s) => s.setPermissionText);
  const step = model.steps.find((s) => s.id === 'authorize');
  if (!step?.decision) return null;
  const decision = step.decision;
  const statement = decision.sid ?? (decision.statementIndex !== undefined ? `#${decision.statementIndex + 1}` : '');
  return (
    <PolicyEditor
      lang={lang}
      testId="permission-policy"
      verdictId="permission-verdict"
      className="permission-editor"
      title={t(lang, 'flow.permission.title', { role: model.scenario.role.name })}
      help={t(lang, 'flow.permission.help', { step: step.number })}
      rows={12}
      text={text}
      error={error}
      onChange={setText}
      question={t(lang, 'flow.permission.question', { action: LIST_ACTION, resource: BUCKET_ARN })}
      verdict={{ decision: decision.decision, reason: decision.reason, words: t(lang, `flow.permission.verdict.${decision.reason}`, { statement, action: LIST_ACTION }) }}
    />
  );
}
