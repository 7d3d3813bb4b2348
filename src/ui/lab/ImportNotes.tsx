/**
 * Notes beside the canonical request about what the input's own client does: a raw `+` in the
 * query (AWS reads it as a space), and the headers curl sends unsigned or signs where SDKs do not.
 * Each `+` parameter is a control that lights its origin in the input and in every stage.
 */
import { t } from '../../content/i18n';
import { curlNotesOf, plusParamsOf, useStore, type PlusParam } from '../../store';

/** The canonical query's `+` parameters, for the query part's emphasis. */
export function usePlusParams(): readonly PlusParam[] {
  return useStore((s) => plusParamsOf(s.lab.result));
}

export function QueryPlusNote({ params }: { params: readonly PlusParam[] }) {
  const lang = useStore((s) => s.prefs.lang);
  const setFocus = useStore((s) => s.setFocus);
  if (params.length === 0) return null;
  return (
    <div className="import-note" data-testid="query-plus-note" data-value={params.map((p) => p.written).join('&')} role="note">
      <p>
        <span aria-hidden="true">⚠ </span>
        {t(lang, 'query.plus.note')}
      </p>
      <ul>
        {params.map((p) => (
          <li key={p.origin.kind === 'request' ? p.origin.start : p.written}>
            <button
              type="button"
              className="link-button"
              data-testid="query-plus-param"
              data-value={p.canonical}
              onMouseEnter={() => setFocus(p.origin)}
              onMouseLeave={() => setFocus(null)}
              onFocus={() => setFocus(p.origin)}
              onBlur={() => setFocus(null)}
              onClick={() => setFocus(p.origin)}
            >
              <code>{t(lang, 'query.plus.param', { written: p.written, canonical: p.canonical })}</code>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CurlHeadersNote() {
  const lang = useStore((s) => s.prefs.lang);
  const notes = useStore((s) => curlNotesOf(s.lab.result));
  if (!notes) return null;
  return (
    <>
      {notes.unsigned.length > 0 && (
        <p className="import-note" data-testid="curl-unsigned-note" data-value={notes.unsigned.join(',')} role="note">
          {t(lang, 'curl.unsigned', { headers: notes.unsigned.join(', ') })}
        </p>
      )}
      {notes.signedNeverSigned.length > 0 && (
        <p className="import-note" data-testid="curl-signed-skippable-note" data-value={notes.signedNeverSigned.join(',')} role="note">
          <span aria-hidden="true">⚠ </span>
          {t(lang, 'curl.signedSkippable', { headers: notes.signedNeverSigned.join(', ') })}
        </p>
      )}
    </>
  );
}
