/**
 * What the flow teaches, checked against the fact sheet (/work/shared/reference/credential-flow.md):
 * each test quotes the fact it checks and reads the step's words as the reader sees them, filled
 * with the step's own params, in English and Japanese.
 */
import { describe, expect, it } from 'vitest';
import { buildFlow, type Flow, type Step } from '../flow';
import { loadLang, loadSection, tx } from './i18n';

// The step explanations are in the views section, which loads after first paint.
await Promise.all([loadLang('ja'), ...(['en', 'ja'] as const).flatMap((l) => [loadSection('views', l), loadSection('chapters', l)])]);

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

describe('"IMDSv1 and IMDSv2 deliver different credentials ... the condition key ec2:RoleDelivery tells them apart"', () => {
  const v1 = buildFlow('imdsv1', OPTS);
  const v2 = buildFlow('imdsv2', OPTS);
  it('the v1 scenario gets other credentials than v2, and says so', () => {
    expect(v1.credentials!.accessKeyId).not.toBe(v2.credentials!.accessKeyId);
    expect(en(step(v1, 'metadata-request'))).toContain('IMDS serves the IMDSv1 role credentials, a different set from the IMDSv2 role credentials; the condition key ec2:RoleDelivery tells them apart');
    expect(ja(step(v1, 'metadata-request'))).toContain('条件キー ec2:RoleDelivery で区別できます');
    expect(en(step(v1, 'credential-document'))).toContain('IMDS serves the IMDSv1 role credentials');
    expect(en(step(v2, 'credential-document'))).toContain('IMDS serves the IMDSv2 role credentials');
  });
  it('the hop-limit fallback reads them over v1, and says so', () => {
    const f = buildFlow('container-hop-limit', OPTS);
    expect(f.credentials!.accessKeyId).toBe(v1.credentials!.accessKeyId);
    expect(en(step(f, 'metadata-request'))).toContain('IMDSv1 role credentials');
  });
});

describe('"botocore writes x-aws-ec2-metadata-token-ttl-seconds and x-aws-ec2-metadata-token in lower case, with its User-Agent, and Content-Length: 0 on the PUT"', () => {
  it('step 1 of imdsv2 shows them, and the seconds left on the GET answers', () => {
    const text = step(buildFlow('imdsv2', OPTS), 'metadata-request').exchanges.map((e) => e.text).join('\n');
    expect(text).toMatch(/^PUT \/latest\/api\/token HTTP\/1\.1\nHost: 169\.254\.169\.254\nx-aws-ec2-metadata-token-ttl-seconds: 21600\nUser-Agent: Botocore\/\S+ Python\/\S+ Linux\/\S+\nContent-Length: 0\n\n/);
    expect(text).toContain('\nx-aws-ec2-metadata-token: ');
    expect(text).not.toMatch(/X-aws-ec2/);
    expect(text).toContain('\nX-Aws-Ec2-Metadata-Token-Ttl-Seconds: 21600\n');
  });
});

describe('"an account principal delegates to that account: the caller\'s identity-based policy must also allow sts:AssumeRole"', () => {
  it('cross-account: the trust check shows both evaluations and both verdicts', () => {
    const s = step(buildFlow('cross-account', OPTS), 'trust-check');
    expect(s.exchanges.map((e) => e.label)).toEqual(['request context', 'AssumeRolePolicyDocument', 'Trust policy: Allow', 'identity-based policy: AssumePartnerS3Reader', 'Identity policy: Allow → Decision: Allow']);
    expect(JSON.parse(s.exchanges[3]!.text)).toMatchObject({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::123456789012:role/partner-s3-reader' }] });
    expect(s.identityDecision?.decision).toBe('allow');
    expect(en(s)).toContain('through its account 111122223333. A trust policy that names an account delegates to it');
    expect(en(s)).toContain('Both evaluations allow');
    expect(ja(s)).toContain('両方の評価が許可する');
  });
  it('an empty ExternalId: none sent, the condition fails, the reason names the condition', () => {
    const f = buildFlow('cross-account', { ...OPTS, externalId: '' });
    const ask = step(f, 'assume-role');
    expect(ask.exchanges[0]!.text).not.toContain('ExternalId=');
    expect(en(ask)).toContain('It sends no ExternalId, so the request context has no sts:ExternalId key.');
    expect(en(ask)).not.toMatch(/external ID\s+(It|\.)/);
    const trust = step(f, 'trust-check');
    expect(trust.decision?.failedCondition).toMatchObject({ operator: 'StringEquals', key: 'sts:ExternalId' });
    expect(en(trust)).toBe(
      'Statement[0] names arn:aws:iam::111122223333:user/partner-app and sts:AssumeRole, but its condition does not hold: StringEquals on sts:ExternalId expects Example-Corp-7f3a, and the request has no sts:ExternalId at all. The denial is about the condition, not the principal.',
    );
    expect(JSON.parse(trust.exchanges[2]!.text)).toMatchObject({ Decision: 'Deny', FailedCondition: { Operator: 'StringEquals', Key: 'sts:ExternalId' } });
  });
  it('a wrong ExternalId: the reason names the condition and what was sent', () => {
    const trust = step(buildFlow('cross-account', { ...OPTS, externalId: 'x' }), 'trust-check');
    expect(en(trust)).toContain('StringEquals on sts:ExternalId expects Example-Corp-7f3a, and the request sent x');
  });
});

describe('"The seed talk\'s aside, told exactly"', () => {
  const f = buildFlow('assume-role-from-instance', OPTS);
  it('the CLI finds the instance role through IMDS, then calls AssumeRole as the role session', () => {
    expect(en(step(f, 'metadata-request'))).toContain('credential provider chain reaches its last provider, IMDS, and finds the instance role sample-role’s credentials');
    const ask = step(f, 'assume-role');
    expect(en(ask)).toMatch(/To STS the caller is the role session arn:aws:sts::111122223333:assumed-role\/sample-role\/i-[0-9a-f]{17} /);
    expect(en(ask)).toContain('botocore signs content-type, host, x-amz-date and x-amz-security-token; it adds Content-Length after signing');
    expect(ask.exchanges[0]!.text).toMatch(/SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,/);
  });
  it('STS refuses: the trust policy trusts ec2.amazonaws.com, not the role\'s own sessions; the conclusion holds', () => {
    const trust = step(f, 'trust-check');
    expect(en(trust)).toContain('trusts the EC2 service (ec2.amazonaws.com), not the role’s own sessions');
    expect(en(trust)).toContain('since 2022 a role no longer trusts itself implicitly');
    expect(en(trust)).toContain('what the instance itself holds is a role session');
    expect(en(trust)).toContain('role chaining, sessions capped at 1 hour');
    expect(ja(trust)).toContain('2022 年以降ロールは自分自身を暗黙には信頼しない');
  });
  it('with no instance profile: the CLI\'s real message', () => {
    const g = buildFlow('assume-role-from-instance', { ...OPTS, callerCredentials: 'none' });
    expect(g.steps[0]!.error?.message).toBe('Unable to locate credentials. You can configure credentials by running "aws configure".');
    expect(en(g.steps[0]!)).toContain('Unable to locate credentials. You can configure credentials by running "aws configure".');
  });
  it('the session name check (minimum 2) comes after the credentials were resolved, before any STS call', () => {
    const g = buildFlow('assume-role-from-instance', { ...OPTS, sessionName: 'x' });
    const s = g.steps[2]!;
    expect(en(s)).toBe('The CLI found the instance role’s credentials first (creating its client resolves them), then checks parameters before any STS call: RoleSessionName must be 2 to 64 characters, and “x” has 1. Nothing is sent to STS.');
  });
  it('trusting the account: the role session also needs an identity policy allowing sts:AssumeRole, and the S3-reading one does not', () => {
    const g = buildFlow('assume-role-from-instance', { ...OPTS, trustPolicyText: '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}]}' });
    const trust = step(g, 'trust-check');
    expect(en(trust)).toContain('Its policy sample-role-s3-read does not, so STS refuses “… because no identity-based policy allows the sts:AssumeRole action”.');
    expect(trust.exchanges.map((e) => e.label).slice(2)).toEqual(['Trust policy: Allow', 'identity-based policy: sample-role-s3-read', 'Identity policy: Deny → Decision: Deny']);
    expect(tx('en', g.verdict.explanationKey, g.verdict.params)).toContain('no identity-based policy of arn:aws:sts::111122223333:assumed-role/sample-role/');
  });
});

describe('"AssumeRoleWithWebIdentity\'s response Provider is the OIDC provider\'s ARN ... The call is not signed"', () => {
  it('the ask says so, with the scenario\'s account and region', () => {
    const s = step(buildFlow('web-identity', { ...OPTS, region: 'us-west-2' }), 'assume-role');
    expect(en(s)).toContain('The call is not signed');
    expect(en(s)).toContain('as Provider, the OIDC provider’s ARN arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/');
    expect(s.exchanges[1]!.text).not.toMatch(/Authorization|X-Amz-Date/);
  });
  it('a failing sub condition: the explanation names the condition key and operator', () => {
    const s = step(buildFlow('web-identity', { ...OPTS, subject: 'system:serviceaccount:default:other' }), 'trust-check');
    expect(en(s)).toMatch(/but its condition does not hold: StringEquals on oidc\.eks\.us-east-1\.amazonaws\.com\/id\/\w+:sub expects system:serviceaccount:default:s3-reader, and the request sent system:serviceaccount:default:other\. The denial is about the condition, not the principal\./);
    expect(ja(s)).toContain('拒否の理由はプリンシパルではなく条件です');
  });
});

describe('"Lambda sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN in the function\'s environment from its execution role"', () => {
  it('the hand-over step is titled as environment variables, not a credential document', () => {
    const s = step(buildFlow('lambda-execution-role', OPTS), 'credential-document');
    expect(tx('en', s.titleKey)).toBe('Credentials set as environment variables');
    expect(tx('ja', s.titleKey)).toBe('認証情報を環境変数に設定');
    expect(en(s)).toContain('AWS_ACCESS_KEY_ID');
  });
});

describe('"IMDS can be skipped (AWS_EC2_METADATA_DISABLED=true)": botocore does not call IMDS then', () => {
  it('the step is titled as looking for credentials without IMDS, and says nothing is sent', () => {
    const s = step(buildFlow('imds-disabled', OPTS), 'metadata-request');
    expect(tx('en', s.titleKey)).toBe('Look for credentials without IMDS');
    expect(tx('ja', s.titleKey)).toBe('IMDS を使わずに認証情報を探す');
    expect(en(s)).toContain('skips the Instance Metadata Service without sending anything');
  });
});

describe('the tour tells the same facts', () => {
  it('EC2 fetches on its schedule with no DurationSeconds; the aside is the role session, refused', () => {
    expect(tx('en', 'tour.assume-role.text')).toContain('no DurationSeconds, on its own schedule: about every hour, before the instance asks');
    expect(tx('en', 'tour.aside.text')).toContain('not the role’s own sessions (since 2022 a role does not trust itself implicitly)');
    expect(tx('ja', 'tour.assume-role.text')).toContain('sts:AssumeRole を許しているか？');
  });
});
