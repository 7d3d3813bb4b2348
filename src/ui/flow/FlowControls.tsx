/**
 * Scenario choice, the graph's drawing and playback controls in one row, and the timeline below;
 * Space and ← → from the keyboard. It also times each step's message along its edge: the current
 * step is "in progress" until the message has arrived.
 */
import { lazy, Suspense, useEffect, useId, useLayoutEffect } from 'react';
import { loadSection, t, tx } from '../../content/i18n';
import { LAYOUT_IDS, SCENARIO_IDS, tickMs, travelMs, type LayoutId, type ScenarioId } from '../../flow';
import { useStore } from '../../store';
import { isCarried, restMs } from './travel-clock';

const SPEEDS = ['0.5', '1', '2'] as const;

/** The provider chain, in the timeline's row: its words are the views section's, which load with it after first paint. */
const FlowChain = lazy(() =>
  Promise.all([import('./FlowChain'), loadSection('views', useStore.getState().prefs.lang)]).then(([m]) => ({ default: m.FlowChain })),
);

/** True when a key press belongs to a form control, not to the flow's shortcuts. */
function ownedByControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return key === ' ' && target.closest('button, a, summary, [role="button"]') !== null;
}

/** A labelled native select of the controls row. */
function Choice(p: {
  id: string;
  label: string;
  testId: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange: (v: string) => void;
  inline?: boolean;
  describedBy?: string;
}) {
  return (
    <>
      <label htmlFor={p.id} className={`field-label${p.inline ? ' inline' : ''}`}>
        {p.label}
      </label>
      <select id={p.id} data-testid={p.testId} value={p.value} onChange={(e) => p.onChange(e.target.value)} aria-describedby={p.describedBy}>
        {p.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
}

export function FlowControls() {
  const scenarioId = useId();
  const speedId = useId();
  const layoutId = useId();
  const lang = useStore((s) => s.prefs.lang);
  const model = useStore((s) => s.flow.model);
  const state = useStore((s) => s.flow.state);
  const scenario = useStore((s) => s.flow.scenarioId);
  const variants = useStore((s) => s.flow.variants);
  const layout = useStore((s) => s.flow.layout);
  const delivery = useStore((s) => s.flow.delivery);
  const a = useStore.getState();

  // The message travels for travelMs and rests at the arrowhead (the graph's envelope delivers it); with reduced motion (the
  // query motion.ts follows, read here as each message leaves) it arrives at once, before the
  // browser paints, so nothing ever shows it in transit.
  useLayoutEffect(() => {
    if (delivery.arrived) return;
    const arrive = () => useStore.getState().flowArrive(delivery.sent);
    if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return arrive();
    // An envelope on the graph delivers its own message when it gets there; this is for one it does not carry.
    const travel = travelMs(useStore.getState().flow.state);
    const id = window.setTimeout(() => isCarried(delivery.sent) || arrive(), travel + restMs(travel));
    return () => window.clearTimeout(id);
  }, [delivery]);

  // The timer lives in the UI; the reducers are pure (practice 9).
  useEffect(() => {
    if (!state.playing) return;
    const id = window.setTimeout(() => useStore.getState().flowTick(), tickMs(state));
    return () => window.clearTimeout(id);
  }, [state]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownedByControl(e.target, e.key)) return;
      const inFlow = e.target === document.body || (e.target instanceof HTMLElement && e.target.closest('.flow') !== null);
      if (!inFlow) return;
      const s = useStore.getState();
      if (e.key === ' ') {
        if (s.flow.state.playing) s.flowPause();
        else s.flowPlay();
      }
      else if (e.key === 'ArrowRight') s.flowNext();
      else if (e.key === 'ArrowLeft') s.flowPrev();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="flow-controls">
      {/* One row, so the graph keeps the height: the scenario's summary is in the message panel before the first step. */}
      <div className="flow-control-row">
        <Choice id={scenarioId} label={t(lang, 'flow.scenario')} testId="flow-scenario" value={scenario} onChange={(v) => a.setScenario(v as ScenarioId)}
          options={SCENARIO_IDS.map((id) => [id, tx(lang, `scenario.${id}.title` as 'scenario.imdsv2.title')])} describedBy={state.step === 0 ? 'flow-scenario-summary' : undefined} />
        <Choice id={layoutId} label={t(lang, 'flow.layout')} testId="flow-layout" value={layout} onChange={(v) => a.setFlowLayout(v as LayoutId)}
          options={LAYOUT_IDS.map((id) => [id, t(lang, `flow.layout.${id}`)])} inline />
        {scenario === 'container-hop-limit' && (
          <label className="field-label">
            {t(lang, 'flow.httpTokens')}
            <select data-testid="flow-http-tokens" value={variants.httpTokens ?? 'optional'} onChange={(e) => a.setFlowVariants({ ...variants, httpTokens: e.target.value as 'optional' | 'required' })}>
              <option value="optional">{tx(lang, 'variant.httpTokens.optional')}</option>
              <option value="required">{tx(lang, 'variant.httpTokens.required')}</option>
            </select>
          </label>
        )}
        {scenario === 'imds-disabled' && (
          <label className="field-label">
            {tx(lang, 'variant.imdsOff')}
            <select data-testid="flow-imds-off" value={variants.imdsOff ?? 'env'} onChange={(e) => a.setFlowVariants({ ...variants, imdsOff: e.target.value as 'env' | 'v1-disabled' })}>
              <option value="env">{tx(lang, 'variant.imdsOff.env')}</option>
              <option value="v1-disabled">{tx(lang, 'variant.imdsOff.v1-disabled')}</option>
            </select>
          </label>
        )}
        <button type="button" data-testid="flow-restart" onClick={a.flowRestart}>
          {t(lang, 'flow.restart')}
        </button>
        <button type="button" data-testid="flow-prev" onClick={a.flowPrev} disabled={state.step === 0}>
          ← {t(lang, 'flow.prev')}
        </button>
        <button type="button" data-testid="flow-play" onClick={a.flowPlay} disabled={state.playing} aria-pressed={state.playing}>
          ▶ {t(lang, 'flow.play')}
        </button>
        <button type="button" data-testid="flow-pause" onClick={a.flowPause} disabled={!state.playing}>
          ❚❚ {t(lang, 'flow.pause')}
        </button>
        <button type="button" data-testid="flow-next" onClick={a.flowNext} disabled={state.step >= model.stepCount}>
          {t(lang, 'flow.next')} →
        </button>
        <label htmlFor={speedId} className="field-label inline">
          {t(lang, 'flow.speed')}
        </label>
        <select id={speedId} data-testid="flow-speed" className="narrow" value={String(state.speed)} onChange={(e) => a.flowSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
      {/* The timeline (the current step named, the others numbered) and, after it, where the SDK found the credentials. */}
      <div className="flow-track">
      <ol className="flow-timeline" data-testid="flow-timeline" aria-label={t(lang, 'flow.timeline')}>
        {model.steps.map((s) => {
          const title = tx(lang, s.titleKey, s.params);
          // The current step has been reached only once its message has arrived.
          const travelling = s.number === state.step && !delivery.arrived;
          const reached = s.number <= state.step && !travelling;
          const mark = !reached ? '' : s.outcome === 'ok' ? '✓' : s.outcome === 'fail' ? '✗' : '⏱';
          return (
            <li key={s.number}>
              <button
                type="button"
                data-testid={`flow-timeline-${s.number}`}
                className={`timeline-step${s.number === state.step ? ' current' : ''}${reached && s.outcome !== 'ok' ? ' failed' : ''}`}
                aria-current={s.number === state.step ? 'step' : undefined}
                title={t(lang, 'flow.timeline.jump', { step: s.number, title })}
                onClick={() => a.flowJump(s.number)}
              >
                <span className="timeline-num">{s.number}</span> <span className={s.number === state.step ? 'timeline-title' : 'visually-hidden'}>{title}</span>{' '}
                <span className="timeline-mark" aria-hidden="true">{mark}</span>
                {travelling && <span className="timeline-progress">{t(lang, 'flow.step.inProgress')}</span>}
                {reached && <span className="visually-hidden"> ({t(lang, `flow.outcome.${s.outcome}`)})</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <Suspense fallback={null}>
        <FlowChain />
      </Suspense>
      </div>
    </div>
  );
}
