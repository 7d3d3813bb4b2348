/**
 * Byte-exact text view. The <pre> holds exactly the value: each line feed is a real "\n" wrapped in
 * a span whose ↵ mark is drawn by CSS (::before), so it is visible but never part of the text that
 * is copied or read by tests. Long lines wrap visually; the marks tell a wrap from a line end.
 */
import { Fragment } from 'react';

interface CodeViewProps {
  readonly text: string;
  readonly className?: string;
}

export function CodeView({ text, className }: CodeViewProps) {
  const lines = text.split('\n');
  return (
    <pre className={className ? `code ${className}` : 'code'}>
      {lines.map((line, i) => (
        <Fragment key={i}>
          {line}
          {i < lines.length - 1 && <span className="eol">{'\n'}</span>}
        </Fragment>
      ))}
    </pre>
  );
}
