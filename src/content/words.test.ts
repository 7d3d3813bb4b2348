/**
 * The diagnosis's and the export panel's words: every cause and what-if the diagnosis names is
 * worded, its params fill the slots, and the Japanese is Japanese.
 */
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, WHATIFS } from '../diagnose';
import { diagnose } from './en/diagnose';
import { diagnose as diagnoseJa } from './ja/diagnose';
import { exportMessages as exportMessagesJa } from './ja/export';
import { slotsOf } from './i18n';

const en: Readonly<Record<string, string>> = diagnose;

describe('diagnosis words', () => {
  it('cover every cause and every what-if, with the what-if params filling their slots', () => {
    for (const id of CAUSE_IDS) expect(en).toHaveProperty(`cause.${id}`);
    for (const w of WHATIFS) {
      for (const key of [w.titleKey, w.explanationKey]) {
        for (const s of slotsOf(en[key]!)) expect(w.params ?? {}, `${key} {${s}}`).toHaveProperty(s);
      }
    }
  });
});

describe.each([
  ['diagnosis', diagnoseJa],
  ['export', exportMessagesJa],
])('%s words', (_name, ja) => {
  it('are Japanese in Japanese: every message has kana or kanji', () => {
    for (const [key, text] of Object.entries(ja)) expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(text), key).toBe(true);
  });
});
