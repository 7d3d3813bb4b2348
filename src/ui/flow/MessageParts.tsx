/** A step's messages, each cut into its parts with their names: request or status line, headers, body; a document or a command whole. */
import { t } from '../../content/i18n';
import type { Step } from '../../flow';
import { messageParts, type MessagePart } from '../../flow/view';
import { useStore } from '../../store';

/** The catalogue key of a part's name (a start line is a request line or a status line). */
function partKey(kind: string, part: MessagePart['part']) {
  if (part === 'start') return kind === 'http-response' ? 'flow.part.start.response' : 'flow.part.start.request';
  return `flow.part.${part}` as const;
}

interface Props {
  readonly step: Step;
  /** The exchange being played (-1 when none is). */
  readonly current: number;
  /** Masks the secrets in a text (unless the user reveals them). */
  readonly mask: (text: string) => string;
}

export function MessageParts({ step, current, mask }: Props) {
  const lang = useStore((s) => s.prefs.lang);
  const many = step.exchanges.length > 1;
  return (
    <ol className="flow-exchanges">
      {step.exchanges.map((e, i) => (
        <li key={i} className={`flow-exchange${i === current ? ' current' : ''}${e.outcome !== 'ok' ? ' failed' : ''}`} aria-current={i === current ? 'step' : undefined}>
          {many && <p className="flow-exchange-head">{t(lang, 'flow.exchange', { n: i + 1, total: step.exchanges.length, label: e.label })}</p>}
          <dl className="message-parts">
            {messageParts(e).map((p) => (
              <div key={p.part} className={`message-part part-${p.part}`}>
                <dt>{t(lang, partKey(e.kind, p.part))}</dt>
                <dd>
                  <pre className="code">{mask(p.text)}</pre>
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
