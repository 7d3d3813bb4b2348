/**
 * Presenter mode: full screen, large type, high contrast, editing chrome hidden; P toggles it,
 * Esc leaves, and ← → / Space step through the tour's chapters (which drive the flow's steps).
 */
import { useEffect } from 'react';
import { useStore } from '../../store';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** Wires presenter mode to the document: its class, full screen, and its keys. */
export function usePresenter(): void {
  const presenter = useStore((s) => s.prefs.presenter);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter);
    if (presenter && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    if (!presenter && document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  }, [presenter]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const s = useStore.getState();
      if (e.key === 'p' || e.key === 'P') {
        s.setPresenter(!s.prefs.presenter);
      } else if (!s.prefs.presenter) {
        return;
      } else if (e.key === 'Escape') {
        s.setPresenter(false);
      } else if (e.key === 'ArrowRight' || e.key === ' ' || e.key === 'PageDown') {
        s.presentNext();
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        s.presentPrev();
      } else {
        return;
      }
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    // Capture phase: in presenter mode these keys belong to the talk, not to the flow's own shortcuts.
    document.addEventListener('keydown', onKey, true);
    const onFullscreen = () => {
      if (!document.fullscreenElement && useStore.getState().prefs.presenter) useStore.getState().setPresenter(false);
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);
}
