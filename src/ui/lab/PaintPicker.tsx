/**
 * What the diagram paints: the signature as computed, one what-if (a real signing mistake), or the
 * server's answer. Turning a what-if on or pasting an answer picks it here too. Under the diagram,
 * the painting says in words how many stages change and which first.
 */
import { useId } from 'react';
import { t, tx } from '../../content/i18n';
import { WHATIFS, type WhatIfId } from '../../diagnose';
import { useStore, type PaintChoice } from '../../store';
import { stageTitle } from './stage-titles';

export function PaintPicker() {
  const id = useId();
  const lang = useStore((s) => s.prefs.lang);
  const paint = useStore((s) => s.lab.paint);
  const echo = useStore((s) => s.lab.echoText.trim() !== '');
  const mismatch = useStore((s) => s.lab.verify?.status === 'mismatch');
  const setPaint = useStore((s) => s.setPaint);
  return (
    <div className="paint-picker">
      <label htmlFor={id} className="field-label inline">
        {t(lang, 'diagram.paint.label')}
      </label>
      <select id={id} data-testid="diagram-paint" value={paint ?? ''} onChange={(e) => setPaint((e.target.value || null) as PaintChoice)}>
        <option value="">{t(lang, 'diagram.paint.none')}</option>
        <optgroup label={t(lang, 'diagram.paint.whatifs')}>
          {WHATIFS.map((w) => (
            <option key={w.id} value={w.id satisfies WhatIfId}>
              {tx(lang, w.titleKey, w.params ?? {})}
            </option>
          ))}
        </optgroup>
        <option value="echo" disabled={!echo}>
          {t(lang, 'diagram.paint.echo')}
        </option>
        <option value="verify" disabled={!mismatch}>
          {t(lang, 'diagram.paint.verify')}
        </option>
      </select>
    </div>
  );
}

/** What the painting comes to, in words: the number of stages that change and the first, or why nothing is painted. */
export function PaintStatus() {
  const lang = useStore((s) => s.prefs.lang);
  const painting = useStore((s) => s.lab.painting);
  if (!painting) return null;
  const status =
    painting.status === 'unavailable'
      ? painting.reason === 'no-echo' || painting.reason === 'no-mismatch'
        ? t(lang, `diagram.paint.${painting.reason}`)
        : t(lang, `whatif.unavailable.${painting.reason}`)
      : painting.first
        ? t(lang, 'diagram.paint.changed', { count: painting.changed.length, stage: stageTitle(lang, painting.first) })
        : painting.noopKey
          ? tx(lang, painting.noopKey)
          : t(lang, 'diagram.paint.same');
  return (
    <p className="paint-status" data-testid="diagram-paint-status" data-value={painting.status === 'painted' ? (painting.first ?? 'none') : 'unavailable'} role="status">
      <span aria-hidden="true">{painting.status === 'painted' && painting.first ? '≠ ' : ''}</span>
      {status}
    </p>
  );
}
