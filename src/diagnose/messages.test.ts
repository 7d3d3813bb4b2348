import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from './cause-table';
import { diagnoseMessagesEn } from './messages.en';
import { diagnoseMessagesJa } from './messages.ja';
import { WHATIFS } from './whatif';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const en: Record<string, string> = diagnoseMessagesEn;
const ja: Record<string, string> = diagnoseMessagesJa;

describe('diagnosis catalogues', () => {
  it('have the same key set in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same {slots} in both languages, and no empty message', () => {
    for (const key of Object.keys(en)) {
      expect(slots(ja[key]!), key).toEqual(slots(en[key]!));
      expect(en[key]!.trim(), key).not.toBe('');
    }
  });

  it('are Japanese in Japanese: every message has kana or kanji', () => {
    for (const [key, text] of Object.entries(ja)) expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(text), key).toBe(true);
  });

  it('cover every cause and every what-if, with the what-if params filling their slots', () => {
    for (const id of CAUSE_IDS) expect(en).toHaveProperty(`cause.${id}`);
    for (const w of WHATIFS) {
      for (const key of [w.titleKey, w.explanationKey]) {
        for (const s of slots(en[key]!)) expect(w.params ?? {}, `${key} {${s}}`).toHaveProperty(s!);
      }
    }
  });
});
