/** Issue text in the user's language, from the catalogue (never the core's English). */
import { expectedEn, expectedJa } from '../../content/messages/expected';
import { t, type Lang } from '../../content/i18n';
import type { EchoIssue, LabField, LabIssue } from '../../store';

const FIELD_LABEL = {
  accessKeyId: 'inputs.accessKeyId',
  secretAccessKey: 'inputs.secretAccessKey',
  sessionToken: 'inputs.sessionToken',
  region: 'inputs.region',
  service: 'inputs.service',
  signingTime: 'inputs.signingTime',
  expires: 'inputs.expires',
} as const satisfies Record<LabField, string>;

/** The label of a form field. */
export function fieldLabel(lang: Lang, field: LabField): string {
  return t(lang, FIELD_LABEL[field]);
}

/** One sentence: where the input is wrong and what was expected there. */
export function describeIssue(lang: Lang, issue: LabIssue | EchoIssue): string {
  const expected = (lang === 'ja' ? expectedJa : expectedEn)[issue.expected];
  const found = issue.found === '' ? t(lang, 'lab.found.nothing') : JSON.stringify(issue.found.length > 40 ? issue.found.slice(0, 40) + '…' : issue.found);
  if (issue.where === 'request') return t(lang, 'lab.error.request', { line: issue.line, column: issue.column, expected, found });
  if (issue.where === 'echo') return t(lang, 'lab.error.echo', { line: issue.line, column: issue.column, expected, found });
  return t(lang, 'lab.error.field', { field: fieldLabel(lang, issue.field), expected });
}
