/** Every catalogue key the stage registry names is in every language, with exactly the slots the registry fills. */
import { describe, expect, it } from 'vitest';
import { catalogue, LANGS, loadLang, loadSection, sectionMessages, slotsOf } from '../../content/i18n';
import { explanationMessages, STAGE_LIST, type StageMessage } from '../../sigv4';
import { EXAMPLES } from '../../content/examples';
import { computeLab } from '../../store/lab-compute';
import { stageCards } from '../../store/stage-cards';
import { EXTERNAL_INPUT_TITLES, keyFormula } from './stage-titles';

await Promise.all(LANGS.map((lang) => Promise.all([loadLang(lang), loadSection('lab', lang)])));

/** Each key the registry names, with the slot names it fills (none for titles and step names). */
const named: [string, string[]][] = [
  ...Object.values(EXTERNAL_INPUT_TITLES).map((key): [string, string[]] => [key, []]),
  ...STAGE_LIST.flatMap((d) => {
    const messages: readonly StageMessage[] = explanationMessages(d.id);
    return [
      [d.title, []] as [string, string[]],
      ...messages.map((m): [string, string[]] => [m.key, Object.keys(m.slots).sort()]),
      ...(d.walk !== null && d.walk !== 'with-first-use' ? [[d.walk.step, []] as [string, string[]]] : []),
    ];
  }),
];

describe('the stage registry names catalogue keys that exist', () => {
  it('names a title, and a step name for each step, for every stage', () => {
    expect(named.length).toBeGreaterThanOrEqual(STAGE_LIST.length * 2);
  });

  it.each(named)('%s: in every language, with the slots the registry fills', (key, slots) => {
    for (const lang of LANGS) {
      const text = ({ ...catalogue(lang), ...sectionMessages('lab', lang) } as Readonly<Record<string, string | undefined>>)[key];
      expect(text, `${lang}: ${key}`).toBeTypeOf('string');
      expect(slotsOf(text ?? ''), `${lang}: slots of ${key}`).toEqual(slots);
    }
  });
});

describe('the HMAC line of each key', () => {
  const inputs = EXAMPLES['iam-listusers'].inputs;
  const result = computeLab(inputs);
  const cards = stageCards(result, result, false, null);

  it('keys kDate with kSecret, the 4 + 40 bytes of AWS4 and a 40-character secret, not 32 bytes', () => {
    expect(inputs.secretAccessKey).toHaveLength(40);
    expect(cards.kDate.keyLength).toBe(44);
    expect(keyFormula('en', cards.kDate)).toBe('HMAC-SHA256( key = kSecret as its 44 bytes: the 4 of “AWS4” and the 40 of the secret access key, message = the text below ) =');
    expect(keyFormula('ja', cards.kDate)).toContain('kSecret の 44 バイト (「AWS4」の 4 バイトとシークレットアクセスキーの 40 バイト)');
  });

  it('counts the secret in UTF-8 bytes: a secret of 3 two-byte characters is a key of 4 + 6', () => {
    const r = computeLab({ ...inputs, secretAccessKey: 'ééé' });
    const c = stageCards(r, r, false, null);
    expect(keyFormula('en', c.kDate)).toContain('its 10 bytes: the 4 of “AWS4” and the 6 of the secret');
  });

  it.each(['kRegion', 'kService', 'kSigning'] as const)('keys %s with the 32 raw bytes of the key before it', (id) => {
    expect(cards[id].keyLength).toBe(32);
    const before = { kRegion: 'kDate', kService: 'kRegion', kSigning: 'kService' }[id];
    expect(keyFormula('en', cards[id])).toBe(`HMAC-SHA256( key = ${before} as its 32 raw bytes, message = the text below ) =`);
  });
});
