/**
 * A stage's text, byte-exact, with its provenance: each segment is a span that lights up with every
 * other segment of the same origin. Pointer hover, tap, or keyboard (focus the value, then ← →)
 * picks a segment. Line ends, CRs, tabs and meaningful spaces get marks drawn by CSS only, so copied
 * text stays exact; a highlighted segment gets an outline as well as a colour. A segment carried
 * through another stage names it (data-via), so a part keeps its colour inside a whole.
 */
import { memo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Origin, SourcedText } from '../../sigv4';
import { originMatches } from './focus';

interface SourcedViewProps {
  readonly sourced: SourcedText;
  readonly focus: Origin | null;
  readonly onFocus: (origin: Origin | null) => void;
  /** Text to show instead of a run (a masked secret), by origin. */
  readonly mask?: (origin: Origin, text: string) => string | null;
  readonly label: string;
  /** Character ranges of the text to emphasise (a walkthrough step's part). */
  readonly emphasis?: readonly [number, number][];
  /** Text after a run cut short, given the number of characters not shown. */
  readonly truncated?: (more: number) => string;
}

/** Runs longer than this show their start only: a 16 MB body in the DOM would freeze the page. */
const MAX_RUN = 20_000;
/** At most this many segments are drawn (25,000 headers would be 100,000 elements); the rest is counted. */
const MAX_SEGMENTS = 2_000;

const SPECIAL = /[\n\r\t]| (?= |\n|$)|(?<= ) /g;

/** Splits text into plain runs and marked whitespace characters. */
function marked(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(SPECIAL)) {
    const i = m.index;
    if (i > at) out.push(text.slice(at, i));
    const c = m[0];
    const cls = c === '\n' ? 'eol' : c === '\r' ? 'ws-cr' : c === '\t' ? 'ws-tab' : 'ws-sp';
    out.push(
      <span key={`${key}-${i}`} className={cls}>
        {c}
      </span>,
    );
    at = i + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function SourcedViewImpl({ sourced, focus, onFocus, mask, label, emphasis, truncated }: SourcedViewProps) {
  const [active, setActive] = useState<number | null>(null);
  const segs = sourced.segments;
  const pick = (i: number | null) => {
    setActive(i);
    onFocus(i === null ? null : (segs[i]?.origin ?? null));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (segs.length === 0) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const step = e.key === 'ArrowRight' ? 1 : -1;
      pick(active === null ? (step > 0 ? 0 : segs.length - 1) : (active + step + segs.length) % segs.length);
    } else if (e.key === 'Escape') {
      pick(null);
    }
  };
  const emphasised = (start: number, end: number) => emphasis?.some(([a, b]) => start < b && a < end) ?? false;
  return (
    <pre
      className="code sourced"
      data-testid="sourced"
      role="group"
      tabIndex={0}
      aria-label={label}
      onKeyDown={onKeyDown}
      onBlur={() => pick(null)}
      onMouseLeave={() => onFocus(null)}
    >
      {segs.slice(0, MAX_SEGMENTS).map((seg, i) => {
        const full = seg.end - seg.start;
        const raw = sourced.text.slice(seg.start, Math.min(seg.end, seg.start + MAX_RUN));
        const shown = mask?.(seg.origin, raw) ?? raw;
        const lit = originMatches(seg.origin, focus);
        const cls = `seg seg-${seg.origin.kind}${lit ? ' lit' : ''}${active === i ? ' active' : ''}${emphasised(seg.start, seg.end) ? ' emph' : ''}`;
        return (
          <span key={i} className={cls} data-testid={lit ? 'segment-lit' : 'segment'} data-via={seg.via} onMouseEnter={() => onFocus(seg.origin)} onClick={() => pick(i)}>
            {marked(shown, String(i))}
            {full > MAX_RUN && <span className="truncated">{truncated?.(full - MAX_RUN) ?? `… +${full - MAX_RUN}`}</span>}
          </span>
        );
      })}
      {segs.length > MAX_SEGMENTS && (
        <span className="truncated">{truncated?.(sourced.text.length - segs[MAX_SEGMENTS]!.start) ?? `… +${sourced.text.length - segs[MAX_SEGMENTS]!.start}`}</span>
      )}
    </pre>
  );
}

/** Memoised: a stage re-renders only when its text, the focus or the mask changes. */
export const SourcedView = memo(SourcedViewImpl);
