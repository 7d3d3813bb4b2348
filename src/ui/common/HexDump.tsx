/** A classic hex dump of a value's UTF-8 bytes: offset, 16 bytes in hex, the same bytes as text. */
import { useMemo } from 'react';

const encoder = new TextEncoder();
const MAX_BYTES = 64 * 1024;

/** Dump lines for bytes (at most 64 KiB are shown: a dump of a 16 MB body helps nobody). */
export function hexDumpLines(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  const n = Math.min(bytes.length, MAX_BYTES);
  for (let off = 0; off < n; off += 16) {
    const row = bytes.subarray(off, Math.min(off + 16, n));
    const hex = Array.from(row, (b) => b.toString(16).padStart(2, '0')).join(' ');
    const text = Array.from(row, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${off.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${text}`);
  }
  if (bytes.length > n) lines.push(`… ${bytes.length - n} more bytes`);
  return lines;
}

export function HexDump({ text, bytes, caption }: { readonly text?: string; readonly bytes?: Uint8Array; readonly caption: string }) {
  const lines = useMemo(() => hexDumpLines(bytes ?? encoder.encode(text ?? '')), [text, bytes]);
  return (
    <figure className="hex-dump">
      <pre className="code">{lines.join('\n')}</pre>
      <figcaption className="value-caption">{caption}</figcaption>
    </figure>
  );
}
