/**
 * Keeps the URL fragment in step with the view (never with secrets), and restores a linked state
 * at load: view, tour chapter, flow scenario and step, the lab's request and options.
 */
import { useEffect } from 'react';
import { fromFragment, toFragment, useStore, type AppState, type LinkState } from '../../store';

/** Requests longer than this stay out of links: a link is for a view, not for megabytes. */
const MAX_LINK_REQUEST = 16 * 1024;

/** The link state of the app as it is now. */
export function linkStateOf(s: AppState): LinkState {
  const { requestText, ...rest } = s.lab.inputs;
  return {
    view: s.prefs.view,
    chapter: s.tour.chapter || undefined,
    scenario: s.flow.scenarioId,
    step: s.flow.state.step,
    layout: s.flow.layout,
    lab: { ...rest, ...(requestText.length <= MAX_LINK_REQUEST ? { requestText } : {}) },
  };
}

/** Restores the linked state once, then mirrors the state into the fragment (debounced). */
export function useUrlSync(): void {
  useEffect(() => {
    if (location.hash.length > 1) {
      const link = fromFragment(location.hash);
      useStore.getState().openLink(link);
      // The address bar loses any secret the link carried at once, in the same history entry.
      history.replaceState(null, '', '#' + toFragment(linkStateOf(useStore.getState()), false));
      if (link.view) requestAnimationFrame(() => document.getElementById(link.view!)?.scrollIntoView());
    }
    let timer = 0;
    const unsubscribe = useStore.subscribe((s) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => history.replaceState(null, '', '#' + toFragment(linkStateOf(s), false)), 250);
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
    };
  }, []);
}
