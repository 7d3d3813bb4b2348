/** Copies an exact value to the clipboard and says so for a moment. */
import { useEffect, useRef, useState } from 'react';

interface CopyButtonProps {
  readonly value: string;
  readonly label: string;
  readonly doneLabel: string;
  /** Accessible name, naming what is copied. */
  readonly ariaLabel: string;
}

const DONE_MS = 1500;

export function CopyButton({ value, label, doneLabel, ariaLabel }: CopyButtonProps) {
  const [done, setDone] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return;
    clipboard.writeText(value).then(
      () => {
        setDone(true);
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => setDone(false), DONE_MS);
      },
      () => setDone(false),
    );
  };

  return (
    <button type="button" className="copy-button" aria-label={ariaLabel} onClick={copy}>
      <span aria-live="polite">{done ? doneLabel : label}</span>
    </button>
  );
}
