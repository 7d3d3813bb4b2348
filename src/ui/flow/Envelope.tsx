/**
 * The current step's message on its way: an envelope with the message's name that travels the
 * whole of its edge, from the sender's box to the arrowhead, in `duration` ms from its first frame,
 * rests there a moment and delivers the message (travel-clock.ts); then it is gone and the message
 * panel opens. Not drawn at all under reduced motion. The Web Animations API moves it, which the Content-Security-Policy allows.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Point } from '../../flow';
import { useStore } from '../../store';
import { carry, isCarried, restMs } from './travel-clock';

interface Props {
  /** Which message this is (the store's count of messages sent). */
  readonly sent: number;
  readonly points: readonly Point[];
  readonly name: string;
  readonly duration: number;
  readonly failed: boolean;
}

const at = (p: Point) => `translate(${p.x}px, ${p.y}px) translate(-50%, -50%)`;

export function Envelope({ sent, points, name, duration, failed }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // How far it has gone, kept when the route is redrawn (a resize) so it goes on from there.
  const progress = useRef(0);
  // It carries its message from its first frame to the arrowhead; gone before then (another
  // view, another drawing), it hands the message over at once.
  useLayoutEffect(() => {
    const release = carry(sent);
    return () => {
      release();
      // Unless it is back at once (a development remount), no envelope carries it any more.
      queueMicrotask(() => isCarried(sent) || useStore.getState().flowArrive(sent));
    };
  }, [sent]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof el.animate !== 'function') return;
    // One keyframe per corner of the route, timed by the distance travelled, so the speed is even.
    const steps = points.map((p, i) => (i === 0 ? 0 : Math.hypot(p.x - points[i - 1]!.x, p.y - points[i - 1]!.y)));
    const total = steps.reduce((a, b) => a + b, 0) || 1;
    let run = 0;
    const frames = points.map((p, i) => ({ transform: at(p), offset: (run += steps[i]!) / total }));
    const animation = el.animate(frames, { duration, easing: 'ease-in-out', fill: 'both' });
    animation.currentTime = progress.current * duration;
    let rest = 0;
    animation.finished.then(
      () => (rest = window.setTimeout(() => useStore.getState().flowArrive(sent), restMs(duration))),
      () => undefined, // cancelled: redrawn or gone
    );
    return () => {
      progress.current = Math.min(1, Number(animation.currentTime ?? 0) / duration);
      window.clearTimeout(rest);
      animation.cancel();
    };
  }, [sent, points, duration]);
  return (
    <div ref={ref} className={`flow-envelope${failed ? ' failed' : ''}`} data-testid="flow-envelope" data-duration={duration} aria-hidden="true">
      <span className="flow-envelope-icon">✉</span>
      <span className="flow-envelope-name">{name}</span>
    </div>
  );
}
