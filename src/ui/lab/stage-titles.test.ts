/** Every catalogue key the stage registry names is in every language, with exactly the slots the registry fills. */
import { describe, expect, it } from 'vitest';
import { catalogue, LANGS, loadLang, loadSection, sectionMessages, slotsOf } from '../../content/i18n';
import { STAGE_LIST, type StageMessage } from '../../sigv4';
import { EXTERNAL_INPUT_TITLES } from './stage-titles';

await Promise.all(LANGS.map((lang) => Promise.all([loadLang(lang), loadSection('lab', lang)])));

/** Each key the registry names, with the slot names it fills (none for titles and step names). */
const named: [string, string[]][] = [
  ...Object.values(EXTERNAL_INPUT_TITLES).map((key): [string, string[]] => [key, []]),
  ...STAGE_LIST.flatMap((d) => {
    const messages: readonly StageMessage[] = d.explain === null ? [] : 'byPayloadSource' in d.explain ? Object.values(d.explain.byPayloadSource) : [d.explain];
    return [
      [d.title, []] as [string, string[]],
      ...messages.map((m): [string, string[]] => [m.key, Object.keys(m.slots).sort()]),
      ...(d.walk !== null && 'step' in d.walk ? [[d.walk.step, []] as [string, string[]]] : []),
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
