/**
 * Opening a link: its view, chapter, flow scenario and step, and the lab's request and options.
 * A link that brings credentials (a secret key, a token, or a secret inside its request) is held:
 * everything else is applied with the request's secrets cut out, and the credentials wait for the
 * user to accept them as someone else's. They are never used silently.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_EXPIRES_SECONDS } from '../sigv4';
import type { AppState } from './index';
import type { LabInputs } from './lab-compute';
import { linkCredentialsOf, redactRequestSecrets, type LinkCredentials } from './link-secrets';
import type { LinkState } from './url-state';

/** Credentials a link brought, with the request text as the link had it. */
export interface HeldLinkCredentials extends LinkCredentials {
  readonly requestText: string | undefined;
}

export interface LinkSlice {
  readonly link: { readonly held: HeldLinkCredentials | null };
  /** Applies a link's state; credentials in it are held until accepted. */
  openLink: (link: LinkState) => void;
  /** Uses the held credentials (and the request as the link had it). */
  acceptLinkCredentials: () => void;
  /** Forgets the held credentials. */
  dismissLinkCredentials: () => void;
}

function loadLab(get: () => AppState, lab: Partial<LabInputs>): void {
  const i = { ...get().lab.inputs, ...lab };
  // A link's lifetime that is not a number of seconds falls back to the default, as the form would have it.
  get().loadSigning({ ...i, expires: String(Number(i.expires) || DEFAULT_EXPIRES_SECONDS) });
}

export const createLinkSlice: StateCreator<AppState, [], [], LinkSlice> = (set, get) => ({
  link: { held: null },
  openLink(link) {
    if (link.chapter) get().tourGo(link.chapter);
    if (link.scenario && link.scenario !== get().flow.scenarioId) get().setScenario(link.scenario);
    if (link.step !== undefined) get().flowJump(link.step);
    if (link.layout) get().setFlowLayout(link.layout);
    if (link.lab) {
      const credentials = linkCredentialsOf(link.lab);
      if (credentials) {
        const { secretAccessKey: _s, sessionToken: _t, accessKeyId: _a, requestText, ...rest } = link.lab;
        loadLab(get, { ...rest, ...(requestText !== undefined ? { requestText: redactRequestSecrets(requestText) } : {}) });
        set({ link: { held: { ...credentials, requestText } } });
      } else {
        loadLab(get, link.lab);
      }
    }
    if (link.view) get().setView(link.view);
  },
  acceptLinkCredentials() {
    const held = get().link.held;
    if (!held) return;
    const { requestText, ...credentials } = held;
    // Only what the link set replaces the lab's own: a link with a secret but no access key keeps the key.
    const given = Object.fromEntries(Object.entries(credentials).filter(([, v]) => v !== '')) as Partial<LabInputs>;
    loadLab(get, { ...given, ...(requestText !== undefined ? { requestText } : {}) });
    set({ link: { held: null } });
  },
  dismissLinkCredentials() {
    set({ link: { held: null } });
  },
});
