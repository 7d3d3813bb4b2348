/**
 * Every stage of the signature, one card each in spec order (the registry's cards for the mode),
 * with its exact value in data-value, its explanation filled from the computed values, provenance
 * on every segment, a hex dump toggle, and, during a walkthrough, only the stages revealed so far.
 * Every card stays on the page; the one selected on the diagram is drawn in full beside it, the
 * others collapse to their title and value, out of sight (the diagram draws them).
 */
import { memo, useCallback, useState } from 'react';
import { t } from '../../content/i18n';
import { cardStages, STAGES, type Origin, type StageId } from '../../sigv4';
import { revealedStages, useStore, walkSteps, type StageCard as StageCardModel } from '../../store';
import { CopyButton } from '../common/CopyButton';
import { HexDump } from '../common/HexDump';
import { HexView } from '../common/HexView';
import { SourcedView } from '../common/SourcedView';
import { AuthorizationParts } from './AuthorizationParts';
import { CanonicalParts } from './CanonicalParts';
import { StageDifference } from './DiffView';
import { useReasonText } from './issues';
import { Reproduce } from './Reproduce';
import { maskedText, maskSecret, useSecretMask } from './mask';
import { explanationText, keyFormula, stageTitle, walkStepName } from './stage-titles';

/**
 * A collapsed card's value is cut here, and said to be: the diagram shows its start, the selected
 * card all of it. Enough for any hash, key, scope or Authorization header; a keystroke lays the
 * summaries that changed out again (2000 characters cost a 4 KB request about 1-2 ms a keystroke).
 */
const SUMMARY = 500;

/**
 * One card, reading only its own stage from the store: it renders again when that stage, the
 * walkthrough, the focus, the language or the reveal state changes, never for another stage. A
 * pending card (a large body is being hashed) keeps drawing the last complete value, dimmed and
 * inert, so that hashing costs the page no teardown and rebuild of every card.
 */
export const StageCard = memo(function StageCard({ id, index }: { id: StageId; index: number }) {
  const v = useStore((s) => s.lab.stages?.[id]);
  const lang = useStore((s) => s.prefs.lang);
  const focus = useStore((s) => s.lab.focus);
  const setFocus = useStore((s) => s.setFocus);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const walkStep = useStore((s) => s.lab.walkStep);
  const selected = useStore((s) => s.lab.selected === id);
  const bodyFile = useStore((s) => (id === 'signedRequest' ? s.lab.body.file : null));
  const [hex, setHex] = useState(false);
  const mask = useSecretMask();
  const onFocus = useCallback((o: Origin | null) => setFocus(o), [setFocus]);
  const { view, testId } = STAGES[id];
  const algorithm = useStore((s) => s.lab.inputs.algorithm);
  const unavailable = useReasonText(v?.unavailable ?? null);
  if (!v) return null;
  const title = stageTitle(lang, id);
  const steps = walkSteps(algorithm);
  const revealed = revealedStages(walkStep, algorithm);
  const shown = revealed === null || revealed.has(id);
  const current = walkStep !== null && walkStep > 0 ? steps[walkStep - 1] : undefined;
  const isCurrent = current?.stage === id;
  const consumed = current?.consumes.includes(id) ?? false;
  const lit = focus?.kind === 'stage' && focus.stage === id;
  const secretView = view === 'secret' && v.sourced;
  const isKey = view === 'key';
  // SigV4a's k0 and d sign like the secret: masked like it unless revealed.
  const privateView = (view === 'private' || view === 'ecdsa-key') && !reveal;
  const pending = v.pending;
  // What the screen shows, so what data-value carries: the secret and token masked unless revealed (kSecret always: the contract).
  const value = secretView
    ? maskedText(v.sourced, false)
    : privateView && v.value !== null
      ? maskSecret(v.value)
      : v.sourced && v.sourced.text === v.value
        ? maskedText(v.sourced, reveal)
        : v.value;
  const copyValue = secretView ? (reveal ? v.sourced.text : null) : privateView ? null : v.value;
  const cls = ['stage-card', isCurrent && 'walk-current', consumed && 'walk-consumed', lit && 'lit', !shown && 'walk-hidden', pending && 'stale'].filter(Boolean).join(' ');
  const attributes = {
    className: cls,
    'data-testid': testId,
    ...(value !== null && !pending ? { 'data-value': value } : { 'data-state': 'unavailable' }),
    'data-revealed': shown,
    'aria-labelledby': `${testId}-title`,
  };
  const reason = pending ? t(lang, 'reason.hashing') : unavailable;
  if (!selected) {
    // Collapsed: the title and the value (as the screen would show it) or why there is none, no controls.
    const summary = reason !== null ? t(lang, 'stage.unavailable', { reason }) : secretView ? maskedText(v.sourced, reveal) : value;
    return (
      <li className="stage-item collapsed visually-hidden" value={index + 1}>
        <section {...attributes}>
          <h3 id={`${testId}-title`} className="stage-title">
            {title}
          </h3>
          <p className="stage-summary">{summary && summary.length > SUMMARY ? `${summary.slice(0, SUMMARY)}…` : summary}</p>
        </section>
      </li>
    );
  }
  return (
    <li className="stage-item" value={index + 1}>
      <section {...attributes}>
        <div className="stage-head">
          <h3 id={`${testId}-title`} className="stage-title">
            {title}
            {isCurrent && <span className="badge badge-walk">{t(lang, 'walk.status', { step: walkStep ?? 0, total: steps.length, name: walkStepName(lang, current.name) })}</span>}
            {consumed && <span className="badge badge-used">{t(lang, 'walk.used')}</span>}
            {lit && <span className="badge badge-lit">{t(lang, 'prov.mark')}</span>}
          </h3>
          <div className="stage-actions">
            {v.value !== null && shown && (
              <button type="button" className="small" data-testid="hex-toggle" aria-pressed={hex} onClick={() => setHex(!hex)}>
                {t(lang, hex ? 'hex.hide' : 'hex.show')}
              </button>
            )}
            {copyValue !== null && shown && <CopyButton value={copyValue} label={t(lang, 'copy.label')} doneLabel={t(lang, 'copy.done')} ariaLabel={t(lang, 'copy.aria', { stage: title })} />}
          </div>
        </div>
        {pending && (
          <p className="stage-unavailable" data-testid="stage-unavailable">
            {t(lang, 'stage.unavailable', { reason: t(lang, 'reason.hashing') })}
          </p>
        )}
        {v.unavailable !== null ? (
          <>
            <p className="stage-unavailable" data-testid="stage-unavailable">
              {t(lang, 'stage.unavailable', { reason: unavailable ?? '' })}
            </p>
            {/* The parts that can be computed without the rest (a malformed time leaves the URI, query, signed headers and payload hash). */}
            {view === 'canonical' && shown && <CanonicalParts canonical={null} />}
          </>
        ) : shown ? (
          <>
            {v.explain && <p className="stage-explain">{explanationText(lang, v.explain)}</p>}
            <StageDifference id={id} />
            {view === 'canonical' && v.sourced && <CanonicalParts canonical={v.sourced} />}
            {view === 'authorization' && value !== null && <AuthorizationParts text={value} />}
            {v.attempts && <DerivationAttempts attempts={v.attempts} />}
            {privateView ? (
              <p className="value-masked">{value}</p>
            ) : isKey && v.sourced ? (
              <>
                <p className="formula">{keyFormula(lang, v)}</p>
                <SourcedView sourced={v.sourced} focus={focus} onFocus={onFocus} mask={mask} label={title} />
                <HexView hex={v.value ?? ''} caption={t(lang, 'value.hexBytes', { bytes: v.bytes?.length ?? 32 })} />
              </>
            ) : (
              v.sourced &&
              (view !== 'canonical' || walkStep === null || walkStep >= 6) && (
                <SourcedView sourced={v.sourced} focus={focus} onFocus={onFocus} mask={mask} label={title} truncated={(more) => t(lang, 'value.truncated', { more })} />
              )
            )}
            {bodyFile && <p className="hint">{bodyFile.name === '' ? t(lang, 'body.pasted', { bytes: bodyFile.size }) : t(lang, 'body.file', { name: bodyFile.name, bytes: bodyFile.size })}</p>}
            {view === 'secret' && <span className="value-caption">{t(lang, 'value.keyText', { bytes: v.bytes?.length ?? 0 })}</span>}
            {v.bytes && (view === 'digest' || view === 'private' || view === 'ecdsa-key') && <span className="value-caption">{t(lang, 'value.hexBytes', { bytes: v.bytes.length })}</span>}
            {v.verifies !== null && <SignatureCheck verifies={v.verifies} />}
            <Reproduce lines={v.reproduce} />
            {hex && (
              <div data-testid="hex-dump">
                <HexDump text={v.bytes && !privateView ? undefined : (view === 'secret' && !reveal) || privateView ? value ?? '' : v.value ?? ''} bytes={privateView ? undefined : v.bytes ?? undefined} caption={t(lang, 'hex.caption', { bytes: v.bytes?.length ?? new TextEncoder().encode(v.value ?? '').length })} />
              </div>
            )}
          </>
        ) : null}
      </section>
    </li>
  );
});

/** SigV4a's derivation, counter by counter: each candidate k0 compared with n − 2, the accepted one giving d. */
function DerivationAttempts({ attempts }: { attempts: NonNullable<StageCardModel['attempts']> }) {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <ol className="derivation-attempts" data-testid="derivation-attempts">
      {attempts.map((a) => (
        <li key={a.counter} data-accepted={a.accepted ? 'true' : 'false'}>
          {t(lang, a.accepted ? 'stage.privateKey.accepted' : 'stage.privateKey.rejected', { counter: a.counter })}
        </li>
      ))}
    </ol>
  );
}

/**
 * SigV4a's signature checked as the endpoint checks it, with the public key; and signed again with a
 * random nonce on request, to show that the value changes and still verifies.
 */
function SignatureCheck({ verifies }: { verifies: boolean }) {
  const lang = useStore((s) => s.prefs.lang);
  const random = useStore((s) => s.lab.nonce !== null);
  const setRandom = useStore((s) => s.setRandomNonce);
  return (
    <div className="signature-check">
      <p data-testid="sigv4a-verifies" data-value={verifies ? 'true' : 'false'}>
        {verifies ? '✓ ' : '✗ '}
        {t(lang, 'sigv4a.verifies', { result: t(lang, verifies ? 'sigv4a.verifies.yes' : 'sigv4a.verifies.no') })}
      </p>
      {random && <p className="hint" data-testid="sigv4a-random-note">{t(lang, 'sigv4a.nonce.isRandom')}</p>}
      <button type="button" className="small" data-testid="sigv4a-nonce" aria-pressed={random} onClick={() => setRandom(!random)}>
        {t(lang, random ? 'sigv4a.nonce.deterministic' : 'sigv4a.nonce.random')}
      </button>
    </div>
  );
}

export function StageList() {
  const mode = useStore((s) => s.lab.inputs.mode);
  const algorithm = useStore((s) => s.lab.inputs.algorithm);
  // The cards' builder is a chunk of its own, asked for when the store starts: the list waits for it.
  const ready = useStore((s) => s.lab.stages !== null);
  return (
    <ol className="stages" data-testid="stage-list">
      {ready && cardStages(mode, algorithm).map(({ id }, i) => <StageCard key={id} id={id} index={i} />)}
    </ol>
  );
}
