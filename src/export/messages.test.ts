import { describe, expect, it } from 'vitest';
import { exportMessagesEn } from './messages.en';
import { exportMessagesJa } from './messages.ja';

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const en: Record<string, string> = exportMessagesEn;
const ja: Record<string, string> = exportMessagesJa;

describe('export catalogues', () => {
  it('have the same keys and {slots} in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) expect(slots(ja[key]!), key).toEqual(slots(en[key]!));
  });

  it('are Japanese in Japanese', () => {
    for (const [key, text] of Object.entries(ja)) expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(text), key).toBe(true);
  });
});
