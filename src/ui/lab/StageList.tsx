/**
 * Every stage of the signature, one card each in spec order, with its exact value in data-value,
 * its explanation filled from the computed values, provenance on every segment, a hex dump toggle,
 * and, during a walkthrough, only the stages revealed so far.
 */
import { useCallback, useState } from 'react';
import { t, type Lang } from '../../content/i18n';
import type { Origin } from '../../sigv4';
import { revealedStages, useStore, WALK_STEPS, type LabResult } from '../../store';
import { CopyButton } from '../common/CopyButton';
import { HexDump } from '../common/HexDump';
import { HexView } from '../common/HexView';
import { SourcedView } from '../common/SourcedView';
import { CanonicalParts } from './CanonicalParts';
import { Reproduce } from './Reproduce';
import { maskedText, maskSecret, useSecretMask } from './mask';
import { stageViews, type StageView } from './stage-views';
import { stageTitle } from './stage-titles';

function explain(lang: Lang, v: StageView, r: LabResult): string {
  const c = r.canonical?.stages;
  const o = r.options;
  switch (v.id) {
    case 'canonicalRequest': return t(lang, 'stage.canonicalRequest.explain');
    case 'canonicalRequestHash': return t(lang, 'stage.canonicalRequestHash.explain', { bytes: new TextEncoder().encode(c?.canonicalRequest.text ?? '').length });
    case 'stringToSign': return t(lang, 'stage.stringToSign.explain', { amzDate: o?.signingTime ?? '', scope: c?.credentialScope.text ?? '' });
    case 'kSecret': return t(lang, 'stage.kSecret.explain');
    case 'kDate': return t(lang, 'stage.kDate.explain', { date: r.keys?.kDate.message.text ?? '' });
    case 'kRegion': return t(lang, 'stage.kRegion.explain', { region: r.keys?.kRegion.message.text ?? '' });
    case 'kService': return t(lang, 'stage.kService.explain', { service: r.keys?.kService.message.text ?? '' });
    case 'kSigning': return t(lang, 'stage.kSigning.explain', { terminator: r.keys?.kSigning.message.text ?? '' });
    case 'signature': return t(lang, 'stage.signature.explain', { hexLength: v.value?.length ?? 64 });
    case 'authorization': return t(lang, 'stage.authorization.explain', { credential: `${o?.credentials.accessKeyId ?? ''}/${c?.credentialScope.text ?? ''}` });
    case 'presignedUrl': return t(lang, 'stage.presignedUrl.explain');
    default: return t(lang, 'stage.signedRequest.explain');
  }
}

/**
 * One card. `pending`: a large body is being hashed, so the card has no value; it keeps drawing the
 * last complete result, dimmed and inert, so that hashing costs the page no teardown and rebuild
 * of every card (a render of the whole lab is a long task on a slow machine).
 */
function Card({ v, r, index, pending }: { v: StageView; r: LabResult; index: number; pending: boolean }) {
  const lang = useStore((s) => s.prefs.lang);
  const focus = useStore((s) => s.lab.focus);
  const setFocus = useStore((s) => s.setFocus);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const walkStep = useStore((s) => s.lab.walkStep);
  const bodyFile = useStore((s) => s.lab.body.file);
  const [hex, setHex] = useState(false);
  const mask = useSecretMask();
  const onFocus = useCallback((o: Origin | null) => setFocus(o), [setFocus]);
  const title = stageTitle(lang, v.id);
  const revealed = revealedStages(walkStep);
  const shown = revealed === null || revealed.has(v.id) || (v.id === 'kSecret' && revealed.has('kDate'));
  const current = walkStep !== null && walkStep > 0 ? WALK_STEPS[walkStep - 1] : undefined;
  const isCurrent = current?.stage === v.id;
  const consumed = current?.consumes.includes(v.id) ?? false;
  const lit = focus?.kind === 'stage' && focus.stage === v.id;
  const secretView = v.id === 'kSecret' && v.sourced;
  const isKey = v.id === 'kDate' || v.id === 'kRegion' || v.id === 'kService' || v.id === 'kSigning';
  // What the screen shows, so what data-value carries: the secret and token masked unless revealed.
  const value = secretView ? `AWS4${maskSecret(r.options?.credentials.secretAccessKey ?? '')}` : v.sourced && v.sourced.text === v.value ? maskedText(v.sourced, reveal) : v.value;
  const copyValue = secretView ? (reveal ? v.sourced.text : null) : v.value;
  const cls = ['stage-card', isCurrent && 'walk-current', consumed && 'walk-consumed', lit && 'lit', !shown && 'walk-hidden', pending && 'stale'].filter(Boolean).join(' ');
  return (
    <li className="stage-item" value={index + 1}>
      <section
        className={cls}
        data-testid={v.testId}
        {...(value !== null && !pending ? { 'data-value': value } : { 'data-state': 'unavailable' })}
        data-revealed={shown}
        aria-labelledby={`${v.testId}-title`}
      >
        <div className="stage-head">
          <h3 id={`${v.testId}-title`} className="stage-title">
            {title}
            {isCurrent && <span className="badge badge-walk">{t(lang, 'walk.status', { step: walkStep ?? 0, total: WALK_STEPS.length, name: t(lang, `walk.${current.id}` as 'walk.method') })}</span>}
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
          <p className="stage-unavailable" data-testid="stage-unavailable">
            {t(lang, 'stage.unavailable', { reason: t(lang, `reason.${v.unavailable}`) })}
          </p>
        ) : shown ? (
          <>
            <p className="stage-explain">{explain(lang, v, r)}</p>
            {v.id === 'canonicalRequest' && r.canonical && r.imported && <CanonicalParts r={r} />}
            {isKey && r.keys ? (
              <>
                <p className="formula">
                  {t(lang, 'formula.hmacBelow', { key: stageTitle(lang, r.keys[v.id as 'kDate'].key ?? 'kSecret') })}
                </p>
                <SourcedView sourced={r.keys[v.id as 'kDate'].message} focus={focus} onFocus={onFocus} mask={mask} label={title} />
                <HexView hex={v.value ?? ''} caption={t(lang, 'value.hexBytes', { bytes: v.bytes?.length ?? 32 })} />
              </>
            ) : (
              v.sourced &&
              (v.id !== 'canonicalRequest' || walkStep === null || walkStep >= 6) && (
                <SourcedView sourced={v.sourced} focus={focus} onFocus={onFocus} mask={mask} label={title} truncated={(more) => t(lang, 'value.truncated', { more })} />
              )
            )}
            {v.id === 'signedRequest' && bodyFile && <p className="hint">{bodyFile.name === '' ? t(lang, 'body.pasted', { bytes: bodyFile.size }) : t(lang, 'body.file', { name: bodyFile.name, bytes: bodyFile.size })}</p>}
            {v.id === 'kSecret' && <span className="value-caption">{t(lang, 'value.keyText', { bytes: r.keys?.kSecret.bytes.length ?? 0 })}</span>}
            {v.bytes && !isKey && v.id !== 'kSecret' && <span className="value-caption">{t(lang, 'value.hexBytes', { bytes: v.bytes.length })}</span>}
            <Reproduce stage={v.id} />
            {hex && <HexDump text={v.bytes ? undefined : (v.id === 'kSecret' && !reveal ? value ?? '' : v.value ?? '')} bytes={v.bytes ?? undefined} caption={t(lang, 'hex.caption', { bytes: v.bytes?.length ?? new TextEncoder().encode(v.value ?? '').length })} />}
          </>
        ) : null}
      </section>
    </li>
  );
}

export function StageList() {
  const r = useStore((s) => s.lab.result);
  const drawn = useStore((s) => s.lab.drawn);
  const mode = useStore((s) => s.lab.inputs.mode);
  const views = stageViews(r, mode);
  const stale = drawn !== r ? stageViews(drawn, mode) : null;
  return (
    <ol className="stages">
      {views.map((v, i) => {
        const old = v.unavailable === 'hashing' ? stale?.[i] : undefined;
        return old && old.id === v.id && old.value !== null ? <Card key={v.id} v={old} r={drawn} index={i} pending /> : <Card key={v.id} v={v} r={r} index={i} pending={false} />;
      })}
    </ol>
  );
}
