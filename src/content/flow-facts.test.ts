/**
 * What the flow teaches, checked against the fact sheet (/work/shared/reference/credential-flow.md):
 * each test quotes the fact it checks and reads the step's words as the reader sees them, filled
 * with the step's own params, in English and Japanese.
 */
import { describe, expect, it } from 'vitest';
import { buildFlow, type Flow, type Step } from '../flow';
import { loadLang, tx } from './i18n';

await loadLang('ja');

const OPTS = { seed: 'talk', clock: '2024-01-15T12:00:00Z' } as const;
const step = (f: Flow, id: Step['id']): Step => f.steps.find((s) => s.id === id)!;
const en = (s: Step): string => tx('en', s.explanationKey, s.params);
const ja = (s: Step): string => tx('ja', s.explanationKey, s.params);

describe('"Instance-profile credentials are fetched by the EC2 service on a schedule, not when the instance asks"', () => {
  const f = buildFlow('imdsv2', OPTS);
  it('step 1 says IMDS serves what EC2 already fetched', () => {
    const s = step(f, 'metadata-request');
    expect(en(s)).toMatch(/already holds: the EC2 service fetched them on its own schedule \(steps 2 to 4\), not when the instance asks/);
    expect(ja(s)).toContain('EC2 サービスが自身のスケジュールで取得済み');
  });
  it('"EC2\'s AssumeRole call carries only RoleArn and RoleSessionName (= the instance id), no DurationSeconds"', () => {
    const s = step(f, 'assume-role');
    expect(s.exchanges[0]!.text).not.toContain('DurationSeconds');
    expect(en(s)).toContain(`only RoleArn and RoleSessionName, the instance id ${f.caller}: no DurationSeconds`);
    expect(en(s)).toContain('valid about 6 hours, and EC2 fetches new ones about every 60 minutes');
    expect(ja(s)).toContain('DurationSeconds はありません');
    expect(ja(s)).toContain('約 6 時間');
  });
  it('"valid for about 6 hours": STS\'s answer and the document say when EC2 fetched them and until when', () => {
    const c = f.credentials!;
    expect(Date.parse(c.expiration) - Date.parse(c.lastUpdated)).toBe(6 * 3600_000);
    expect(en(step(f, 'sts-response'))).toContain(`issued at ${c.lastUpdated} and valid until ${c.expiration}, about 6 hours`);
    const doc = step(f, 'credential-document');
    expect(en(doc)).toContain(`the EC2 service fetched at ${c.lastUpdated} (LastUpdated)`);
    expect(en(doc)).toContain('Nothing calls STS for this request');
    expect(en(doc)).toContain('at least five minutes before these expire');
    expect(en(doc)).toContain('refreshes 15 minutes before Expiration (at 10 minutes it must)');
    expect(ja(doc)).toContain('Expiration の 15 分前');
  });
  it('the refresh timeline says the rhythm', () => {
    expect(tx('en', 'flow.refresh.note.instance')).toMatch(/about six hours .* about every hour, .* at least five minutes before expiry\. .* 15 minutes before Expiration and must by 10 minutes/);
    expect(tx('en', 'refresh.imds-replacement')).toContain('EC2 has fetched a newer set');
  });
});
