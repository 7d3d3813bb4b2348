/** Says in words where the highlighted segment came from (colour is never the only signal). */
import { t } from '../../content/i18n';
import { toInputRange } from '../../inputs';
import { useStore } from '../../store';
import { lineColumnAt } from '../../text/line-column';
import { fieldLabel } from './issues';
import { stageTitle } from './stage-titles';

const FIELD = { accessKeyId: 'accessKeyId', secretAccessKey: 'secretAccessKey', sessionToken: 'sessionToken', region: 'region', service: 'service', signingTime: 'signingTime', expires: 'expires' } as const;

export function ProvenanceNote() {
  const lang = useStore((s) => s.prefs.lang);
  const focus = useStore((s) => s.lab.focus);
  // The request's text and map matter only while a segment of it is lit: a keystroke does not render the note otherwise.
  const text = useStore((s) => (s.lab.focus?.kind === 'request' ? s.lab.inputs.requestText : ''));
  const map = useStore((s) => (s.lab.focus?.kind === 'request' ? s.lab.result.imported?.map : undefined));
  let note = t(lang, 'prov.hint');
  if (focus?.kind === 'request' && map) {
    const r = toInputRange(map, focus.start, focus.end);
    if (r) {
      const { line, column } = lineColumnAt(text, r.start);
      note = t(lang, focus.via === 'sha256' ? 'prov.requestHash' : 'prov.request', { line, column, length: r.end - r.start });
    }
  } else if (focus?.kind === 'context') {
    note = focus.field === 'payloadHash' ? t(lang, 'inputs.payload.unsigned') : t(lang, 'prov.context', { field: fieldLabel(lang, FIELD[focus.field]) });
  } else if (focus?.kind === 'stage') {
    note = t(lang, 'prov.stage', { stage: stageTitle(lang, focus.stage) });
  } else if (focus?.kind === 'spec') {
    note = t(lang, 'prov.spec');
  }
  return (
    <p className="provenance-note" data-testid="provenance-note" aria-live="polite">
      {note}
    </p>
  );
}
