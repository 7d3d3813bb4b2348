/** The six parts of the canonical request, each labelled in its colour and traced, in the order they are joined: the method, then the registry's parts. */
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { t } from '../../content/i18n';
import { STAGE_LIST, STAGES, type Origin, type SourcedText, type StageId } from '../../sigv4';
import { useStore, walkSteps } from '../../store';
import { SourcedView } from '../common/SourcedView';
import { CurlHeadersNote, QueryPlusNote, usePlusParams } from './ImportNotes';
import { maskedText, useSecretMask } from './mask';
import { methodOf } from './parts';
import { explanationText, stageTitle } from './stage-titles';

const PARTS: readonly StageId[] = STAGE_LIST.filter((d) => d.view === 'part').map((d) => d.id);

interface Part {
  readonly testId: string;
  readonly stage: StageId | null;
  readonly label: string;
  readonly hint: string;
  readonly sourced: SourcedText;
}

/** The parts, with the method when the whole canonical request is known; without it, the parts that are. */
export function CanonicalParts({ canonical }: { canonical: SourcedText | null }) {
  const lang = useStore((s) => s.prefs.lang);
  const focus = useStore((s) => s.lab.focus);
  const setFocus = useStore((s) => s.setFocus);
  const walkStep = useStore((s) => s.lab.walkStep);
  const algorithm = useStore((s) => s.lab.inputs.algorithm);
  const cards = useStore(useShallow((s) => PARTS.flatMap((id) => s.lab.stages?.[id] ?? [])));
  const mask = useSecretMask();
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const onFocus = useCallback((o: Origin | null) => setFocus(o), [setFocus]);
  const plus = usePlusParams();
  const parts: Part[] = [
    ...(canonical ? [{ testId: 'canonical-request-part-method', stage: null, label: t(lang, 'part.method'), hint: t(lang, 'part.method.hint'), sourced: methodOf(canonical) }] : []),
    ...cards.flatMap((c): Part[] =>
      c.sourced ? [{ testId: STAGES[c.id].testId, stage: c.id, label: stageTitle(lang, c.id), hint: c.explain ? explanationText(lang, c.explain) : '', sourced: c.sourced }] : [],
    ),
  ];
  if (parts.length === 0) return null;
  const shown = walkStep === null ? parts.length : Math.min(walkStep, parts.length);
  const currentPart = walkStep !== null && walkStep >= 1 && walkStep <= parts.length ? walkSteps(algorithm)[walkStep - 1]?.id : undefined;
  return (
    <ol className="parts">
      {parts.slice(0, shown).map((part, i) => (
        <li
          key={part.testId}
          className={`part${currentPart !== undefined && i === shown - 1 ? ' walk-current' : ''}`}
          data-part={part.stage ?? 'method'}
          data-testid={part.testId}
          data-value={maskedText(part.sourced, reveal)}
        >
          <div className="part-label">
            <span className="part-name">
              {part.stage === null ? 1 : PARTS.indexOf(part.stage) + 2}. {part.label}
            </span>
            <span className="part-hint">{part.hint}</span>
          </div>
          <SourcedView
            sourced={part.sourced}
            focus={focus}
            onFocus={onFocus}
            mask={mask}
            label={part.label}
            {...(part.stage === 'canonicalQuery' && plus.length > 0 ? { emphasis: plus.flatMap((p) => p.ranges) } : {})}
          />
          {part.stage === 'canonicalQuery' && <QueryPlusNote params={plus} />}
          {part.stage === 'signedHeaders' && <CurlHeadersNote />}
        </li>
      ))}
    </ol>
  );
}
