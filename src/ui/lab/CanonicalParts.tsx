/** The six parts of the canonical request, each labelled, in the order they are joined. */
import { t, type Lang, type PlainMessageKey } from '../../content/i18n';
import type { Trace } from '../../sigv4';
import { CodeView } from '../common/CodeView';

interface Part {
  readonly id: string;
  readonly label: PlainMessageKey;
  readonly hint: string;
  readonly value: string;
}

function partsOf(lang: Lang, trace: Trace): Part[] {
  const s = trace.stages;
  const payloadHint =
    trace.payloadSource === 'body'
      ? t(lang, 'part.payloadHash.hint.body', { bodyBytes: trace.request.bodyBytes.length })
      : t(lang, trace.payloadSource === 'header' ? 'part.payloadHash.hint.header' : 'part.payloadHash.hint.option');
  return [
    { id: 'method', label: 'part.method', hint: t(lang, 'part.method.hint'), value: trace.request.method.text },
    { id: 'canonical-uri', label: 'part.canonicalUri', hint: t(lang, 'part.canonicalUri.hint'), value: s.canonicalUri.text },
    {
      id: 'canonical-query',
      label: 'part.canonicalQuery',
      hint: t(lang, 'part.canonicalQuery.hint'),
      value: s.canonicalQuery.text,
    },
    {
      id: 'canonical-headers',
      label: 'part.canonicalHeaders',
      hint: t(lang, 'part.canonicalHeaders.hint'),
      value: s.canonicalHeaders.text,
    },
    {
      id: 'signed-headers',
      label: 'part.signedHeaders',
      hint: t(lang, 'part.signedHeaders.hint'),
      value: s.signedHeaders.text,
    },
    { id: 'payload-hash', label: 'part.payloadHash', hint: payloadHint, value: s.payloadHash.text },
  ];
}

export function CanonicalParts({ lang, trace }: { readonly lang: Lang; readonly trace: Trace }) {
  return (
    <ol className="parts">
      {partsOf(lang, trace).map((part) => (
        <li key={part.id} className="part" data-testid={`canonical-request-part-${part.id}`} data-value={part.value}>
          <div className="part-label">
            <span className="part-name">{t(lang, part.label)}</span>
            <span className="part-hint">{part.hint}</span>
          </div>
          <CodeView text={part.value} className="part-value" />
        </li>
      ))}
    </ol>
  );
}
