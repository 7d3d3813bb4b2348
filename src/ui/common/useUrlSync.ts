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
    lab: { ...rest, ...(requestText.length <= MAX_LINK_REQUEST ? { requestText } : {}) },
  };
}

/** Applies a link's state to the store. */
function apply(link: LinkState): void {
  const s = useStore.getState();
  if (link.chapter) s.tourGo(link.chapter);
  if (link.scenario && link.scenario !== useStore.getState().flow.scenarioId) s.setScenario(link.scenario);
  if (link.step !== undefined) useStore.getState().flowJump(link.step);
  if (link.lab) {
    const i = { ...useStore.getState().lab.inputs, ...link.lab };
    s.loadSigning({
      request: i.requestText, accessKeyId: i.accessKeyId, secretAccessKey: i.secretAccessKey, sessionToken: i.sessionToken,
      region: i.region, service: i.service, signingTime: i.signingTime, mode: i.mode, profile: i.profile,
      expiresIn: Number(i.expires) || 3600, tokenPlacement: i.tokenPlacement, payload: i.payload,
    });
  }
  if (link.view) s.setView(link.view);
}

/** Restores the linked state once, then mirrors the state into the fragment (debounced). */
export function useUrlSync(): void {
  useEffect(() => {
    if (location.hash.length > 1) {
      const link = fromFragment(location.hash);
      apply(link);
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
