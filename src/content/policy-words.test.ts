/**
 * What the trust-policy editor says when it refuses a policy: the parser returns an id and the names
 * it quotes (PolicyError.expected), and these are its English words (and Japanese, where shown).
 */
import { describe, expect, it } from 'vitest';
import { EC2, errorOf } from '../flow/test-support/policy';
import type { PolicyError } from '../flow';
import { policyErrorText, policyExpectedText } from './describe';
import { loadLang, loadSection } from './i18n';

await Promise.all([loadSection('errors', 'en'), loadSection('errors', 'ja')]);

await loadLang('ja');
// The policy rules' words come with the editors, in the views section.
await Promise.all([loadSection('views', 'en'), loadSection('views', 'ja')]);

const words = (e: PolicyError): string => policyExpectedText('en', e.expected);

describe('parsePolicy refusals, in words', () => {
  it('names the line and column of invalid JSON', () => {
    const e = errorOf('{\n  "Statement": [\n    { "Effect": "Allow", }\n  ]\n}');
    expect([e.line, e.column, e.path]).toEqual([3, 26, '']);
    expect(words(e)).toBe('a string');
    // What the editor shows under the policy.
    expect(policyErrorText('en', e)).toBe('Line 3, column 26 (/): expected a string. The last valid policy stays in force.');
    expect(policyErrorText('ja', e)).toBe('3 行 26 列 (/): 文字列 が必要です。最後に有効だったポリシーがそのまま使われます。');
  });
  it('names the place of an unknown element', () => {
    const e = errorOf(EC2.replace('"Principal"', '"Principle"'));
    expect([e.line, e.column, e.path, e.found]).toEqual([4, 26, 'Statement[0].Principle', 'Principle']);
    expect(words(e)).toContain('Principal');
  });
  it.each([
    ['Resource in a statement', EC2.replace('"Action"', '"Resource": "*", "Action"'), 'Statement[0].Resource', /no Resource/],
    ['unknown top-level element', '{"Statment": []}', 'Statment', /one of Version, Id, Statement/],
    ['missing Statement', '{"Version": "2012-10-17"}', 'Statement', /"Statement"/],
    ['empty Statement array', '{"Statement": []}', 'Statement', /at least one/],
    ['bad Version', EC2.replace('2012-10-17', '2012-10-18'), 'Version', /2012-10-17/],
    ['bad Effect', EC2.replace('"Allow"', '"allow"'), 'Statement[0].Effect', /"Allow" or "Deny"/],
    ['missing Effect', '{"Statement":[{"Principal":"*","Action":"*"}]}', 'Statement[0].Effect', /Effect/],
    ['Principal and NotPrincipal', '{"Statement":[{"Effect":"Allow","Principal":"*","NotPrincipal":"*","Action":"*"}]}', 'Statement[0].NotPrincipal', /not both/],
    ['no Action', '{"Statement":[{"Effect":"Allow","Principal":"*"}]}', 'Statement[0].Action', /"Action" or "NotAction"/],
    ['bad action', EC2.replace('"sts:AssumeRole"', '"sts*:AssumeRole"'), 'Statement[0].Action', /sts:AssumeRole/],
    ['unknown principal type', EC2.replace('"Service"', '"Services"'), 'Statement[0].Principal.Services', /AWS, Service, Federated/],
    ['bad AWS principal', EC2.replace('"Service": "ec2.amazonaws.com"', '"AWS": ["111122223333", "arn:aws:iam::1:root"]'), 'Statement[0].Principal.AWS[1]', /account id or an ARN/],
    ['bad service principal', EC2.replace('ec2.amazonaws.com', 'ec2'), 'Statement[0].Principal.Service', /service principal/],
    ['principal string other than *', EC2.replace('{ "Service": "ec2.amazonaws.com" }', '"ec2.amazonaws.com"'), 'Statement[0].Principal', /"\*"/],
    ['unknown operator', EC2.replace('"Action"', '"Condition": {"NumericLessThan": {"k": "1"}}, "Action"'), 'Statement[0].Condition.NumericLessThan', /string condition operator/],
    ['operator with no keys', EC2.replace('"Action"', '"Condition": {"StringEquals": {}}, "Action"'), 'Statement[0].Condition.StringEquals', /condition keys/],
    ['null condition value', EC2.replace('"Action"', '"Condition": {"StringEquals": {"k": null}}, "Action"'), 'Statement[0].Condition.StringEquals.k', /string, number or boolean/],
    ['repeated element', EC2.replace('"Action"', '"Effect": "Deny", "Action"'), 'Statement[0].Effect', /single "Effect"/],
    ['not an object', '[]', '', /JSON object/],
  ])('refuses %s at its path', (_name, text, path, expected) => {
    const e = errorOf(text);
    expect(e.path).toBe(path);
    expect(words(e)).toMatch(expected);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
  });
});
