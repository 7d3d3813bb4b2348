/** Step through the signature: the canonical request part by part, its hash, the string to sign, each HMAC, the signature. */
import { useEffect } from 'react';
import { t } from '../../content/i18n';
import { useStore, walkSteps } from '../../store';
import { inputTitle, walkStepName } from './stage-titles';

const STEP_MS = 1600;

export function Walkthrough() {
  const lang = useStore((s) => s.prefs.lang);
  const step = useStore((s) => s.lab.walkStep);
  const playing = useStore((s) => s.lab.playing);
  const next = useStore((s) => s.walkNext);
  const prev = useStore((s) => s.walkPrev);
  const play = useStore((s) => s.walkPlay);
  const exit = useStore((s) => s.walkExit);
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(next, STEP_MS);
    return () => window.clearInterval(id);
  }, [playing, next]);
  const steps = walkSteps(useStore((s) => s.lab.inputs.algorithm));
  const current = step !== null && step > 0 ? steps[step - 1] : undefined;
  const status =
    step === null
      ? t(lang, 'walk.status.all')
      : current
        ? t(lang, 'walk.status', { step, total: steps.length, name: walkStepName(lang, current.name) })
        : t(lang, 'walk.status.start');
  const uses = current ? current.consumes.map((c) => inputTitle(lang, c)).join(', ') : '';
  return (
    <section className="walkthrough" aria-label={t(lang, 'walk.title')}>
      <h2 className="section-title">{t(lang, 'walk.title')}</h2>
      <div className="walk-controls">
        <button type="button" data-testid="lab-prev" onClick={prev} disabled={step === null || step === 0}>
          ← {t(lang, 'walk.prev')}
        </button>
        <button type="button" data-testid="lab-play" aria-pressed={playing} onClick={() => play(!playing)}>
          {playing ? `❚❚ ${t(lang, 'walk.pause')}` : `▶ ${t(lang, 'walk.play')}`}
        </button>
        <button type="button" data-testid="lab-next" onClick={next} disabled={step === steps.length}>
          {t(lang, 'walk.next')} →
        </button>
        <button type="button" data-testid="lab-exit" onClick={exit} disabled={step === null}>
          {t(lang, 'walk.exit')}
        </button>
      </div>
      <p className="walk-status" data-testid="lab-step" data-value={step ?? ''} aria-live="polite">
        {status}
        {uses && <span className="walk-uses"> — {t(lang, 'walk.consumes', { inputs: uses })}</span>}
      </p>
    </section>
  );
}
