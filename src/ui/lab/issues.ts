/** Issue text in the user's language, from the catalogue (the core and the importers carry only ids). */
import { expectedText, foundText } from '../../content/describe';
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
  const expected = expectedText(lang, issue.expected, true);
  if (issue.where === 'request') return t(lang, 'lab.error.request', { line: issue.line, column: issue.column, expected, found: foundText(lang, issue.found) });
  if (issue.where === 'echo') return t(lang, 'lab.error.echo', { line: issue.line, column: issue.column, expected, found: foundText(lang, issue.found) });
  return t(lang, 'lab.error.field', { field: fieldLabel(lang, issue.field), expected });
}
