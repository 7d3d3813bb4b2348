/** Offsets ↔ one-based line and column, counted in UTF-16 code units like the editor shows them. */

/** Line and column of an offset; a CRLF or LF ends a line. */
export interface LineColumn {
  line: number;
  column: number;
}

/** Starts of every line of a text, for repeated look-ups. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

/** One-based line and column of a zero-based offset into text. */
export function lineColumnAt(text: string, offset: number, starts: number[] = lineStarts(text)): LineColumn {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
