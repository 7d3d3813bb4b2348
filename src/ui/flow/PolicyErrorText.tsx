/**
 * A policy that does not parse, in words: where and what was expected. The words (the catalogue's
 * errors section) and the wording code load the first time a policy goes wrong, not with the page.
 */
import { lazy } from 'react';
import type { Lang } from '../../content/i18n';
import { loadSection } from '../../content/i18n';
import type { PolicyError } from '../../flow';
import { useStore } from '../../store';

/** Loads the wording of policy errors in a language, once. */
export const PolicyErrorText = lazy(() =>
  Promise.all([import('../../content/describe'), loadSection('errors', useStore.getState().prefs.lang)]).then(([m]) => ({
    default: function PolicyErrorWords({ lang, error }: { readonly lang: Lang; readonly error: PolicyError }) {
      return <>{m.policyErrorText(lang, error)}</>;
    },
  })),
);
