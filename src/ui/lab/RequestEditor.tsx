/**
 * The one request input: a native textarea, with a backdrop drawn behind it that marks the part of
 * the paste a highlighted stage segment came from, and the spot where the input went wrong.
 */
import { useRef, useState, type DragEvent } from 'react';
import { t } from '../../content/i18n';
import { toInputRange } from '../../inputs';
import { useStore } from '../../store';
import { BodyStatus } from './BodyStatus';
import { describeIssue } from './issues';

/** Above this size the backdrop is not drawn: laying out megabytes twice would stall typing. */
const BACKDROP_MAX = 200_000;

export function RequestEditor() {
  const lang = useStore((s) => s.prefs.lang);
  const text = useStore((s) => s.lab.inputs.requestText);
  const result = useStore((s) => s.lab.result);
  const focus = useStore((s) => s.lab.focus);
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
  const map = result.imported?.map;
  const lit = focus?.kind === 'request' && map ? toInputRange(map, focus.start, focus.end) : null;
  // One range is drawn: the highlighted origin, else the error position (one character wide).
  const range = lit ?? (issue?.where === 'request' ? { start: issue.offset, end: Math.min(issue.offset + 1, text.length) } : null);
  const cls = lit ? 'mark-lit' : 'mark-error';
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
        <div className="editor-backdrop" ref={backdrop} aria-hidden="true">
          {text.length > BACKDROP_MAX ? null : range ? (
            <>
              {text.slice(0, range.start)}
              <mark className={cls} data-testid={`editor-${cls}`}>{text.slice(range.start, range.end) || ' '}</mark>
              {text.slice(range.end)}
            </>
          ) : (
            text
          )}
          {'\n'}
        </div>
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
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
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
