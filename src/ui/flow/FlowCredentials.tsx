/** The credential document IMDS serves, its refresh timeline, and the hand-off to the signing lab. */
import { t, tx } from '../../content/i18n';
import { refreshSchedule } from '../../flow';
import { FLOW_CLOCK, useStore } from '../../store';
import { maskSecret } from '../lab/mask';

export function FlowCredentials() {
  const lang = useStore((s) => s.prefs.lang);
  const model = useStore((s) => s.flow.model);
  const step = useStore((s) => s.flow.state.step);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const openInLab = useStore((s) => s.openFlowInLab);
  const c = model.credentials;
  const docStep = model.steps.find((s) => s.id === 'credential-document' || s.id === 'sts-response');
  const reached = c && docStep && docStep.outcome === 'ok' && step >= docStep.number;
  const doc = c
    ? JSON.stringify(
        { Code: 'Success', LastUpdated: c.lastUpdated, Type: 'AWS-HMAC', AccessKeyId: c.accessKeyId, SecretAccessKey: reveal ? c.secretAccessKey : maskSecret(c.secretAccessKey), Token: reveal ? c.sessionToken : `${maskSecret(c.sessionToken.slice(0, 40))}… (${c.sessionToken.length})`, Expiration: c.expiration },
        null,
        2,
      )
    : '';
  const events = c ? refreshSchedule(c, FLOW_CLOCK) : [];
  return (
    <section className="panel" aria-labelledby="flow-credentials-title">
      <h3 id="flow-credentials-title">{t(lang, 'flow.credentials.title')}</h3>
      <div data-testid="flow-credentials" data-state={!c ? 'none' : reached ? 'shown' : 'pending'} {...(c && reached ? { 'data-access-key': c.accessKeyId, 'data-expiration': c.expiration } : {})}>
        {!c || !docStep || docStep.outcome !== 'ok' ? (
          <p className="hint">{t(lang, 'flow.credentials.none')}</p>
        ) : reached ? (
          <pre className="code">{doc}</pre>
        ) : (
          <p className="hint">{t(lang, 'flow.credentials.pending')}</p>
        )}
      </div>
      {c && reached && (
        <>
          <h4>{t(lang, 'flow.refresh.title')}</h4>
          <p className="hint">{t(lang, c.replacedEverySeconds === undefined ? 'flow.refresh.note' : 'flow.refresh.note.instance')}</p>
          <ol className="refresh-timeline" data-testid="flow-refresh">
            {events.map((e) => (
              <li key={`${e.kind} ${e.at}`} data-kind={e.kind} data-seconds-before-expiry={e.secondsBeforeExpiry}>
                <code>{e.at}</code> {tx(lang, `refresh.${e.kind}` as 'refresh.issued')} — {t(lang, 'flow.refresh.before', { minutes: Math.round(e.secondsBeforeExpiry / 60) })}
              </li>
            ))}
          </ol>
        </>
      )}
      <button
        type="button"
        className="primary"
        data-testid="use-in-lab"
        disabled={!model.handoff}
        onClick={() => {
          if (openInLab()) document.getElementById('lab')?.scrollIntoView({ behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
        }}
      >
        {t(lang, 'flow.useInLab')} →
      </button>
      {!model.handoff && <p className="hint">{t(lang, 'flow.useInLab.none')}</p>}
    </section>
  );
}
