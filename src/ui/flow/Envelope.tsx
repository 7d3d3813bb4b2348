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
  /** The graph's visible box, in the graph's own units: the envelope stays inside it. */
  readonly bounds: { readonly width: number; readonly height: number };
}

/** The least room kept between the envelope and the graph's edge. */
const MARGIN = 4;

/**
 * The route's corners as the envelope's centre follows them: moved in wherever an envelope centred
 * on the corner would stick out of `bounds`, so its name is read whole all the way, even at an
 * arrowhead near the graph's edge. An envelope wider than the box is centred in it.
 */
export function keptInside(points: readonly Point[], size: { readonly width: number; readonly height: number }, bounds: Props['bounds']): Point[] {
  const clamp = (v: number, half: number, extent: number) => {
    const [lo, hi] = [half + MARGIN, extent - half - MARGIN];
    return lo > hi ? extent / 2 : Math.min(hi, Math.max(lo, v));
  };
  return points.map((p) => ({ x: clamp(p.x, size.width / 2, bounds.width), y: clamp(p.y, size.height / 2, bounds.height) }));
}

const at = (p: Point) => `translate(${p.x}px, ${p.y}px) translate(-50%, -50%)`;

export function Envelope({ sent, points, name, duration, failed, bounds }: Props) {
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
    const path = keptInside(points, { width: el.offsetWidth, height: el.offsetHeight }, bounds);
    // One keyframe per corner of the route, timed by the distance travelled, so the speed is even.
    const steps = path.map((p, i) => (i === 0 ? 0 : Math.hypot(p.x - path[i - 1]!.x, p.y - path[i - 1]!.y)));
    const total = steps.reduce((a, b) => a + b, 0) || 1;
    let run = 0;
    const frames = path.map((p, i) => ({ transform: at(p), offset: (run += steps[i]!) / total }));
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
  }, [sent, points, duration, bounds]);
  return (
    <div ref={ref} className={`flow-envelope${failed ? ' failed' : ''}`} data-testid="flow-envelope" data-duration={duration} aria-hidden="true">
      <span className="flow-envelope-icon">✉</span>
      <span className="flow-envelope-name">{name}</span>
    </div>
  );
}
