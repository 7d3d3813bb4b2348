import { useEffect, useState } from 'react';

/**
 * `value`, one frame late: a new value is taken once the frame that follows it has been drawn.
 *
 * React's deferred values render in a task of their own, which the browser runs before its next
 * frame as often as not, so the keystroke's frame waited for them. Taken after that frame is drawn
 * (an animation frame, then a message, which runs once the frame is out), the work that follows the
 * text (the editor's colours, the exports) is drawn in the frame after the one that shows what a
 * keystroke signs. Values that change faster than frames are drawn collapse into the last one.
 */
export function useAfterFrame<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let channel: MessageChannel | null = null;
    const frame = requestAnimationFrame(() => {
      channel = new MessageChannel();
      channel.port1.onmessage = () => setShown(() => value);
      channel.port2.postMessage(0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (channel) channel.port1.onmessage = null;
    };
  }, [value, shown]);
  return shown;
}
