/**
 * The one request input: a native textarea, with a backdrop drawn behind it that colours where each
 * part of the canonical request came from (named in the legend below), marks the part of the paste
 * a highlighted stage segment came from, and the spot where the input went wrong.
 */
import { memo, useMemo, useRef, useState, type DragEvent, type ReactNode, type RefObject } from 'react';
import { t } from '../../content/i18n';
import { toInputRange, type OffsetMap } from '../../inputs';
import { requestPartRanges, useStore, type Focus, type LabResult } from '../../store';
import { useAfterFrame } from '../common/useAfterFrame';
import { BodyStatus } from './BodyStatus';
import { describeIssue } from './issues';
import { CANONICAL_PARTS, PART_LABEL } from './parts';

/** Above this size the backdrop is not drawn: laying out megabytes twice would stall typing. */
const BACKDROP_MAX = 200_000;

/** Each character's part, as its index in CANONICAL_PARTS plus one (0: none); null when there are none to draw. */
function partsOf(result: LabResult, map: OffsetMap | undefined, length: number): Uint8Array | null {
  const ranges = requestPartRanges(result);
  if (!map || ranges.length === 0 || length > BACKDROP_MAX) return null;
  const paint = new Uint8Array(length);
  for (const r of ranges) {
    const at = toInputRange(map, r.start, r.end);
    if (at) paint.fill(CANONICAL_PARTS.indexOf(r.part) + 1, at.start, Math.min(at.end, length));
  }
  return paint;
}

/**
 * A body at least this long, at the end of the text and all of it the payload's, is tinted as one
 * block from its first line down: laying its text out a second time behind the textarea cost a
 * 64 KB request about 35 ms of every keystroke, for a colour that is one colour anyway (and a 4 KB
 * one a frame of its own after each keystroke's, which the next keystroke often had to wait for).
 */
const BLOCK_BODY = 2048;

/** Where such a body starts (at the start of a line), else null. */
function blockBodyStart(text: string, paint: Uint8Array | null): number | null {
  if (!paint || text.length < BLOCK_BODY) return null;
  const payload = CANONICAL_PARTS.indexOf('payloadHash') + 1;
  let start = text.length;
  while (start > 0 && paint[start - 1] === payload) start--;
  return text.length - start >= BLOCK_BODY && (start === 0 || text[start - 1] === '\n') ? start : null;
}

/** The text [from, to) in runs of one part each, a part's run tinted in its colour. */
function tinted(text: string, from: number, to: number, paint: Uint8Array | null): ReactNode[] {
  if (!paint) return [text.slice(from, to)];
  const out: ReactNode[] = [];
  for (let i = from; i < to; ) {
    const p = paint[i]!;
    let j = i + 1;
    while (j < to && paint[j] === p) j++;
    const part = CANONICAL_PARTS[p - 1];
    out.push(part ? <span key={i} className="tint" data-part={part}>{text.slice(i, j)}</span> : text.slice(i, j));
    i = j;
  }
  return out;
}

/** The six parts' colours, named: it changes with the language only (memo: not with each keystroke of the editor). */
const PartLegend = memo(function PartLegend() {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <ul className="part-legend" data-testid="part-legend" aria-label={t(lang, 'legend.title')}>
      <li className="part-legend-title" aria-hidden="true">{t(lang, 'legend.title')}:</li>
      {CANONICAL_PARTS.map((p) => (
        <li key={p} data-part={p}>
          {t(lang, PART_LABEL[p])}
        </li>
      ))}
    </ul>
  );
});

/**
 * The colours behind the text. They follow the text a frame later than the textarea and the
 * diagram (useAfterFrame): the text itself and what it signs are drawn first, and laying out a long
 * request a second time never delays them.
 */
function Backdrop({ text, result, focus, innerRef }: { text: string; result: LabResult; focus: Focus; innerRef: RefObject<HTMLDivElement | null> }) {
  const issue = result.issues.find((i) => i.where === 'request');
  const map = result.imported?.map;
  const lit = focus?.kind === 'request' && map ? toInputRange(map, focus.start, focus.end) : null;
  // One range is drawn: the highlighted origin, else the error position (one character wide).
  const range = lit ?? (issue?.where === 'request' ? { start: issue.offset, end: Math.min(issue.offset + 1, text.length) } : null);
  const cls = lit ? 'mark-lit' : 'mark-error';
  const paint = useMemo(() => partsOf(result, map, text.length), [result, map, text.length]);
  // A long body is one block of its colour, unless a mark falls in it.
  const body = blockBodyStart(text, paint);
  const block = body !== null && (range === null || range.end <= body) ? body : null;
  // The text moves with the textarea's scrolling by a transform, not by scrolling: a scroll position
  // set while the backdrop still held shorter text would be cut to it, and the colours would slip.
  return (
    <div className="editor-backdrop" aria-hidden="true">
      <div ref={innerRef}>
        {text.length > BACKDROP_MAX ? null : (
          <>
            {range ? (
              <>
                {tinted(text, 0, range.start, paint)}
                <mark className={cls} data-testid={`editor-${cls}`}>{range.end > range.start ? tinted(text, range.start, range.end, paint) : ' '}</mark>
                {tinted(text, range.end, block ?? text.length, paint)}
              </>
            ) : (
              tinted(text, 0, block ?? text.length, paint)
            )}
            {block !== null && <span className="tint tint-block" data-part="payloadHash" data-testid="editor-body-block" />}
          </>
        )}
        {'\n'}
      </div>
    </div>
  );
}

const MemoBackdrop = memo(Backdrop);

export function RequestEditor() {
  const lang = useStore((s) => s.prefs.lang);
  const text = useStore((s) => s.lab.inputs.requestText);
  const result = useStore((s) => s.lab.result);
  const focus = useStore((s) => s.lab.focus);
  // Text and result change together: taken a frame late as one, so the colours always belong to the text drawn.
  const behind = useAfterFrame(useMemo(() => ({ text, result }), [text, result]));
  const setText = useStore((s) => s.setRequestText);
  const backdrop = useRef<HTMLDivElement>(null);
  const takeBodyFile = useStore((s) => s.takeBodyFile);
  const [dragging, setDragging] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) takeBodyFile(file);
  };
  const issue = result.issues.find((i) => i.where === 'request');
  return (
    <div className="request-editor">
      <label htmlFor="request-input" className="field-label">
        {t(lang, 'lab.input.label')}
      </label>
      <div
        className={`editor${dragging ? ' dragging' : ''}`}
        data-testid="request-editor"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <MemoBackdrop text={behind.text} result={behind.result} focus={focus} innerRef={backdrop} />
        <textarea
          id="request-input"
          data-testid="request-input"
          className="editor-input"
          value={text}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          rows={9}
          aria-describedby="input-kind input-error"
          aria-invalid={issue ? true : undefined}
          onChange={(e) => setText(e.target.value)}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.style.transform = `translateY(${-e.currentTarget.scrollTop}px)`;
          }}
        />
      </div>
      <PartLegend />
      <BodyStatus />
      <p id="input-kind" className="input-kind" data-testid="input-kind" data-value={result.kind}>
        {t(lang, 'lab.input.kind', { kind: t(lang, `kind.${result.kind}`) })}
      </p>
      <p id="input-error" className="input-error" data-testid="input-error" role="alert" hidden={!issue}>
        {issue ? <>⚠ {describeIssue(lang, issue)}</> : null}
      </p>
    </div>
  );
}
