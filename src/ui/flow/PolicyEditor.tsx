/**
 * A policy as editable JSON: its located error beside it, the question the flow asks of it, and the
 * evaluator's verdict (a mark and a word, never colour alone). The trust and the permission policy
 * editors are this, each with its own words.
 */
import { Suspense, useId, type ReactNode } from 'react';
import type { Lang } from '../../content/i18n';
import { t } from '../../content/i18n';
import type { PolicyError } from '../../flow';
import { PolicyErrorText } from './PolicyErrorText';

interface Props {
  readonly lang: Lang;
  /** The policy's test id: the textarea is `<testId>-editor`, the error `<testId>-error`, the verdict `<verdictId>`. */
  readonly testId: string;
  readonly verdictId: string;
  readonly className?: string;
  readonly title: string;
  readonly help: string;
  readonly rows: number;
  readonly text: string;
  readonly error: PolicyError | null;
  readonly onChange: (text: string) => void;
  readonly question: string;
  readonly verdict: { readonly decision: 'allow' | 'deny'; readonly reason: string; readonly words: ReactNode };
}

export function PolicyEditor({ lang, testId, verdictId, className, title, help, rows, text, error, onChange, question, verdict }: Props) {
  const id = useId();
  const allow = verdict.decision === 'allow';
  return (
    <section className={`panel trust-editor${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <label htmlFor={id} className="hint">
        {help}
      </label>
      <div className="trust-row">
        <textarea
          id={id}
          data-testid={`${testId}-editor`}
          className="plain-input"
          rows={rows}
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(e) => onChange(e.target.value)}
        />
        <div className="trust-side">
          <p id={`${id}-error`} className="input-error" data-testid={`${testId}-error`} role="alert" hidden={!error}>
            {error ? (
              <>
                ⚠{' '}
                <Suspense fallback={null}>
                  <PolicyErrorText lang={lang} error={error} />
                </Suspense>
              </>
            ) : null}
          </p>
          <p className="hint">{question}</p>
          <p className={`verdict verdict-${allow ? 'match' : 'mismatch'}`} data-testid={verdictId} data-value={verdict.decision} data-reason={verdict.reason}>
            <strong>{allow ? `✓ ${t(lang, 'flow.trust.allow')}` : `✗ ${t(lang, 'flow.trust.deny')}`}</strong> {verdict.words}
          </p>
        </div>
      </div>
    </section>
  );
}
