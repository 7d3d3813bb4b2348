/** The role's trust policy as editable JSON; errors beside it; the verdict of the evaluator on the flow's caller. */
import { t } from '../../content/i18n';
import { evaluateTrustPolicy, trustQuestionOf } from '../../flow';
import { useStore } from '../../store';
import { PolicyEditor } from './PolicyEditor';

export function TrustPolicyEditor() {
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
    <PolicyEditor
      lang={lang}
      testId="trust-policy"
      verdictId="trust-verdict"
      title={t(lang, 'flow.trust.title')}
      help={t(lang, 'flow.trust.help')}
      rows={14}
      text={text}
      error={error}
      onChange={setText}
      question={t(lang, 'flow.trust.question', { principal: q.principal.value, action: q.action })}
      verdict={{ decision: decision.decision, reason: decision.reason, words: t(lang, `flow.trust.verdict.${decision.reason}`, { statement, principal: q.principal.value, action: q.action }) }}
    />
  );
}
