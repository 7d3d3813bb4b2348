/** Issue text in the user's language, from the catalogue (the core and the importers carry only ids). */
import { expectedText, foundText } from '../../content/describe';
import { t, type Lang } from '../../content/i18n';
import { useStore, type EchoIssue, type LabField, type LabIssue, type Unavailable } from '../../store';

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

/**
 * Why a stage is not computed, in words that say where: the first mistake's line and column in the
 * request, or the field to fix. Said on the stage itself, so it reads the same where the request is
 * beside the diagram, above it (a phone) or out of sight (presenter mode).
 */
export function reasonText(lang: Lang, reason: Unavailable, issues: readonly LabIssue[]): string {
  if (reason === 'request') {
    const at = issues.find((i) => i.where === 'request');
    return at?.where === 'request' ? t(lang, 'reason.request.at', { line: at.line, column: at.column }) : t(lang, 'reason.request');
  }
  if (reason === 'fields') {
    const at = issues.find((i) => i.where === 'field');
    return at?.where === 'field' ? t(lang, 'reason.field', { field: fieldLabel(lang, at.field) }) : t(lang, 'reason.fields');
  }
  return t(lang, `reason.${reason}`);
}

/** `reasonText` for the lab as it is now (a string: a keystroke that leaves it alone renders nothing again); null for no reason. */
export function useReasonText(reason: Unavailable | null): string | null {
  const lang = useStore((s) => s.prefs.lang);
  return useStore((s) => (reason === null ? null : reasonText(lang, reason, s.lab.result.issues)));
}
