/** The six parts of the canonical request, each labelled and traced, in the order they are joined. */
import { useCallback } from 'react';
import { t, type PlainMessageKey } from '../../content/i18n';
import type { Origin, SourcedText } from '../../sigv4';
import { useStore, WALK_STEPS, type LabResult } from '../../store';
import { SourcedView } from '../common/SourcedView';
import { CurlHeadersNote, QueryPlusNote, usePlusParams } from './ImportNotes';
import { maskedText, useSecretMask } from './mask';

interface Part {
  readonly id: string;
  readonly label: PlainMessageKey;
  readonly hint: string;
  readonly sourced: SourcedText;
}

export function CanonicalParts({ r }: { r: LabResult }) {
  const lang = useStore((s) => s.prefs.lang);
  const focus = useStore((s) => s.lab.focus);
  const setFocus = useStore((s) => s.setFocus);
  const walkStep = useStore((s) => s.lab.walkStep);
  const mask = useSecretMask();
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const onFocus = useCallback((o: Origin | null) => setFocus(o), [setFocus]);
  const plus = usePlusParams();
  const c = r.canonical;
  const req = r.imported?.request;
  if (!c || !req) return null;
  const s = c.stages;
  const bodyBytes = r.bodySize;
  const payloadHint =
    c.payloadSource === 'body'
      ? t(lang, 'part.payloadHash.hint.body', { bodyBytes })
      : t(lang, c.payloadSource === 'header' ? 'part.payloadHash.hint.header' : 'part.payloadHash.hint.option');
  const method: SourcedText = { text: req.method.text, segments: [{ start: 0, end: req.method.text.length, origin: { kind: 'request', start: req.method.start, end: req.method.end } }] };
  const parts: Part[] = [
    { id: 'method', label: 'part.method', hint: t(lang, 'part.method.hint'), sourced: method },
    { id: 'canonical-uri', label: 'part.canonicalUri', hint: t(lang, 'part.canonicalUri.hint'), sourced: s.canonicalUri },
    { id: 'canonical-query', label: 'part.canonicalQuery', hint: t(lang, 'part.canonicalQuery.hint'), sourced: s.canonicalQuery },
    { id: 'canonical-headers', label: 'part.canonicalHeaders', hint: t(lang, 'part.canonicalHeaders.hint'), sourced: s.canonicalHeaders },
    { id: 'signed-headers', label: 'part.signedHeaders', hint: t(lang, 'part.signedHeaders.hint'), sourced: s.signedHeaders },
    { id: 'payload-hash', label: 'part.payloadHash', hint: payloadHint, sourced: s.payloadHash },
  ];
  const shown = walkStep === null ? parts.length : Math.min(walkStep, parts.length);
  const currentPart = walkStep !== null && walkStep >= 1 && walkStep <= 6 ? WALK_STEPS[walkStep - 1]?.id : undefined;
  return (
    <ol className="parts">
      {parts.slice(0, shown).map((part, i) => (
        <li
          key={part.id}
          className={`part${currentPart !== undefined && i === shown - 1 ? ' walk-current' : ''}`}
          data-testid={`canonical-request-part-${part.id}`}
          data-value={maskedText(part.sourced, reveal)}
        >
          <div className="part-label">
            <span className="part-name">
              {i + 1}. {t(lang, part.label)}
            </span>
            <span className="part-hint">{part.hint}</span>
          </div>
          <SourcedView
            sourced={part.sourced}
            focus={focus}
            onFocus={onFocus}
            mask={mask}
            label={t(lang, part.label)}
            {...(part.id === 'canonical-query' && plus.length > 0 ? { emphasis: plus.flatMap((p) => p.ranges) } : {})}
          />
          {part.id === 'canonical-query' && <QueryPlusNote params={plus} />}
          {part.id === 'signed-headers' && <CurlHeadersNote />}
        </li>
      ))}
    </ol>
  );
}
