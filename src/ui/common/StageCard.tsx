/**
 * One stage of a trace: heading, one-line explanation, body. The card carries the stage's kebab id
 * as `data-testid` and its exact value as `data-value` (the contract e2e tests read).
 */
import { useId, type ReactNode } from 'react';
import { CopyButton } from './CopyButton';

export interface CopyLabels {
  readonly label: string;
  readonly done: string;
  readonly aria: string;
}

interface StageCardProps {
  readonly testId: string;
  /** The exact value of the stage (hex for bytes, exact text otherwise). */
  readonly value: string;
  readonly title: string;
  readonly explain: string;
  /** Copy button labels; omit to show no copy button (a masked value, say). */
  readonly copy?: CopyLabels | undefined;
  readonly children: ReactNode;
}

export function StageCard({ testId, value, title, explain, copy, children }: StageCardProps) {
  const headingId = useId();
  return (
    <li className="stage-item">
      <section className="stage-card" data-testid={testId} data-value={value} aria-labelledby={headingId}>
        <div className="stage-head">
          <h3 id={headingId} className="stage-title">
            {title}
          </h3>
          {copy && <CopyButton value={value} label={copy.label} doneLabel={copy.done} ariaLabel={copy.aria} />}
        </div>
        <p className="stage-explain">{explain}</p>
        <div className="stage-body">{children}</div>
      </section>
    </li>
  );
}
