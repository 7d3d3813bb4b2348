/**
 * Differences drawn inside values, byte by byte: equal runs plain, the rest marked (colour, an
 * outline and a title, never colour alone). Used by the server echo's tables and by the detail of a
 * stage a what-if or an echo changed, where a hash is compared whole (diagnose/value-diff.ts).
 */
import type { ReactNode } from 'react';
import { t, tx, type Lang } from '../../content/i18n';
import { stageDiff, visibleText, type ByteDiff, type LineDiff, type StageDiff } from '../../diagnose';
import { STAGES, toHex, type StageId } from '../../sigv4';
import { useStore, type PaintSide, type PaintValues } from '../../store';
import { maskedText, maskSecretsIn } from './mask';
import { stageTitle } from './stage-titles';

/** The label of a line of the canonical request or the string to sign. */
export function partLabel(lang: Lang, l: LineDiff): string {
  return tx(lang, `diff.part.${l.part}` as 'diff.part.method', { header: l.header ?? '' });
}

/** One side of a differing text: equal runs plain, the others marked. */
export function Side({ bytes, side, lang }: { bytes: readonly ByteDiff[]; side: 'server' | 'ours'; lang: Lang }) {
  return (
    <code className="diff-line">
      {bytes.map((b, i) => {
        const run = side === 'server' ? b.server : b.ours;
        if (run.length === 0) return null;
        const text = visibleText(run);
        return b.kind === 'equal' ? (
          <span key={i}>{text}</span>
        ) : (
          <mark key={i} className={`diff-${b.kind}`} data-testid="diff-mark" title={tx(lang, `diff.kind.${b.kind}`)}>
            {text}
          </mark>
        );
      })}
    </code>
  );
}

/** A side's text marked whole: a hash that differs, a line only one side has. */
function Whole({ text, marked, lang }: { text: string | null; marked: boolean; lang: Lang }) {
  if (text === null) return <code className="diff-line">{t(lang, 'echo.missing')}</code>;
  return <code className="diff-line">{marked ? <mark className="diff-changed" data-testid="diff-mark" title={tx(lang, 'diff.kind.changed')}>{visibleText(text)}</mark> : visibleText(text)}</code>;
}

/** The two sides of one value or line, each under its label. */
function Pair({ labels, a, b }: { labels: readonly [string, string]; a: ReactNode; b: ReactNode }) {
  return (
    <dl className="diff-pair">
      <dt>{labels[0]}</dt>
      <dd>{a}</dd>
      <dt>{labels[1]}</dt>
      <dd>{b}</dd>
    </dl>
  );
}

/** Runs of equal lines longer than this show as a count. */
const EQUAL_RUN = 3;

function Lines({ d, labels, lang }: { d: Extract<StageDiff, { kind: 'lines' }>; labels: readonly [string, string]; lang: Lang }) {
  const out: ReactNode[] = [];
  let run: LineDiff[] = [];
  const flush = () => {
    if (run.length > EQUAL_RUN) out.push(<li key={`eq${out.length}`} className="diff-eq-run">{t(lang, 'diagram.diff.equalLines', { count: run.length })}</li>);
    else for (const l of run) out.push(<li key={`l${out.length}`} className="diff-eq"><span className="diff-label">{partLabel(lang, l)}</span> <code className="diff-line">{visibleText(l.ours ?? '')}</code></li>);
    run = [];
  };
  for (const l of d.diff.lines) {
    if (l.equal) {
      run.push(l);
      continue;
    }
    flush();
    out.push(
      <li key={`l${out.length}`} className="diff-ne">
        <span className="diff-label">
          {partLabel(lang, l)} <span className="badge">✗ {t(lang, 'diagram.diff.differs')}</span>
        </span>
        <Pair
          labels={labels}
          a={l.bytes ? <Side bytes={l.bytes} side="server" lang={lang} /> : <Whole text={l.server} marked lang={lang} />}
          b={l.bytes ? <Side bytes={l.bytes} side="ours" lang={lang} /> : <Whole text={l.ours} marked lang={lang} />}
        />
      </li>,
    );
  }
  flush();
  return <ol className="diff-lines">{out}</ol>;
}

const SIDE_LABEL = {
  correct: 'diagram.diff.side.correct',
  mistaken: 'diagram.diff.side.mistaken',
  server: 'diagram.diff.side.server',
  ours: 'diagram.diff.side.ours',
  signed: 'diagram.diff.side.signed',
  request: 'diagram.diff.side.request',
} as const satisfies Record<PaintSide, string>;

const HEAD = { whatif: 'diagram.diff.whatif', echo: 'diagram.diff.echo', verify: 'diagram.diff.verify' } as const;

/** A side's value of a stage as the screen shows it (secrets masked unless revealed); null when that side's value is not known. */
function sideText(values: PaintValues, id: StageId, reveal: boolean, token: string): string | null {
  if ('texts' in values) {
    const text = values.texts[id];
    return text === undefined ? null : maskSecretsIn(text, [token], reveal);
  }
  const s = values.trace.stages[id];
  if (!s) return null;
  if (s.kind === 'key') return STAGES[id].view === 'secret' ? maskedText(s.message, reveal) : toHex(s.bytes);
  return s.kind === 'text' ? maskedText(s, reveal) : s.text;
}

/** Inside the detail of a stage a painted what-if or echo changed: its value on both sides, the difference marked. */
export function StageDifference({ id }: { id: StageId }) {
  const lang = useStore((s) => s.prefs.lang);
  const painting = useStore((s) => s.lab.painting);
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const token = useStore((s) => s.lab.inputs.sessionToken.trim());
  if (painting?.status !== 'painted' || !painting.changed.includes(id)) return null;
  const labels = [t(lang, SIDE_LABEL[painting.sides[0]]), t(lang, SIDE_LABEL[painting.sides[1]])] as const;
  const a = sideText(painting.values[0], id, reveal, token);
  const b = sideText(painting.values[1], id, reveal, token);
  const d = a !== null && b !== null ? stageDiff(id, a, b) : null;
  const head = t(lang, HEAD[painting.source]);
  return (
    <section className="stage-diff" data-testid="stage-difference" data-value={d?.kind ?? 'downstream'} aria-label={head}>
      <p className="stage-diff-head">
        <span aria-hidden="true">≠ </span>
        {head}
      </p>
      {d === null ? (
        <p className="hint">{t(lang, 'diagram.diff.downstream', { stage: stageTitle(lang, painting.first ?? id) })}</p>
      ) : d.kind === 'lines' ? (
        <Lines d={d} labels={labels} lang={lang} />
      ) : d.kind === 'runs' ? (
        <Pair labels={labels} a={<Side bytes={d.runs} side="server" lang={lang} />} b={<Side bytes={d.runs} side="ours" lang={lang} />} />
      ) : (
        <Pair labels={labels} a={<Whole text={a} marked={!d.equal} lang={lang} />} b={<Whole text={b} marked={!d.equal} lang={lang} />} />
      )}
    </section>
  );
}
