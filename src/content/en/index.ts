/**
 * English, the catalogue that defines every key. It is part of the page; its lazy sections are
 * chunks of their own, fetched with the code that shows them (i18n.ts, the language list).
 */
import { common } from './common';
import { exportMessages } from './export';
import { flow } from './flow';
import { flowExplanations } from './flow-explanations';
import { policy } from './policy';
import { tour } from './tour';

/** Every English message that comes with the page. */
export const messages = { ...common, ...flow, ...flowExplanations, ...tour, ...exportMessages, ...policy } as const;
