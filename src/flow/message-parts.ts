/** The parts of a message, as the message panel names them. */
import type { Exchange } from './types';

/** A part of one message, as the panel labels it. */
export interface MessagePart {
  /** `start`: the request line of a request, the status line of a response. */
  readonly part: 'start' | 'headers' | 'body' | 'document' | 'command' | 'output';
  readonly text: string;
}

/**
 * A message cut into its parts, which tile its text exactly: an HTTP message's start line, its
 * headers (with the blank line that ends them) and its body; a document, a command or its output
 * whole. Empty parts are left out.
 */
export function messageParts(e: Exchange): readonly MessagePart[] {
  if (e.kind === 'http-request' || e.kind === 'http-response') {
    const line = e.text.indexOf('\n') + 1 || e.text.length;
    const blank = e.text.indexOf('\n\n', line - 1);
    const end = blank === -1 ? e.text.length : blank + 2;
    const parts: MessagePart[] = [
      { part: 'start', text: e.text.slice(0, line) },
      { part: 'headers', text: e.text.slice(line, end) },
      { part: 'body', text: e.text.slice(end) },
    ];
    return parts.filter((p) => p.text !== '');
  }
  if (e.kind === 'cli') return [{ part: e.text.startsWith('$ ') ? 'command' : 'output', text: e.text }];
  return [{ part: 'document', text: e.text }];
}
