/**
 * What an edge is labelled with: the name of the message its step carries, taken from the step's
 * own messages (never a second description of them): the request lines sent, the STS action, the
 * error code that came back. Words that are not message text are catalogue keys.
 */
import type { GraphWordKey } from './explanation-keys';
import type { Step } from './types';

/** Whether a step stays on one node: it sends nothing (the SDK told to skip IMDS, the CLI's own parameter check), so it has no message to name and is drawn as a loop on that node's box. */
export const onOneNode = (s: Step): boolean => s.from === s.to;

/** One line of a name: message text as sent (shortened), or a key the view words. */
export type NameLine = { readonly text: string } | { readonly key: GraphWordKey };

/**
 * A request line without its protocol, a long path cut to its last two segments
 * (`GET …/security-credentials/s3access`) and a long hexadecimal id in it to its first 8 characters
 * (`GET /v2/credentials/8ece6fa3…`).
 */
export function shortRequestLine(line: string): string {
  const [method = '', target = ''] = line.replace(/ HTTP\/\d(\.\d)?$/, '').split(' ');
  const segments = target.split('/').map((s) => (/^[0-9a-f-]{17,}$/i.test(s) ? `${s.slice(0, 8)}…` : s));
  const path = segments.length > 4 ? `…/${segments.slice(-2).join('/')}` : segments.join('/');
  return `${method} ${path}`;
}

/** A status line without its protocol: `404 Not Found`. */
const shortStatus = (line: string): string => line.replace(/^HTTP\/\d(\.\d)? /, '');

/** `aws sts assume-role …` → `AssumeRole`: the operation the CLI was asked for. */
const cliOperation = (command: string): string | undefined =>
  /aws sts ([a-z-]+)/.exec(command)?.[1]?.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());

/**
 * The STS action a step calls: the `Action=` of its request along the step's own edge (EKS Pod
 * Identity's step also shows the agent's call to EKS Auth before it), else the CLI operation it was
 * about to send.
 */
function stsAction(step: Step): string {
  const requests = step.exchanges.filter((e) => e.kind === 'http-request');
  const request = requests.find((e) => e.from === step.from && e.to === step.to) ?? requests[0];
  const action = request && /(?:^|&|\n)Action=(\w+)/.exec(request.text)?.[1];
  const cli = step.exchanges.find((e) => e.kind === 'cli');
  return action ?? (cli && cliOperation(cli.text)) ?? step.id;
}

/** The metadata conversation: the token request if it asked for one, its last request, and the error status that ended it. */
function metadataName(step: Step): NameLine[] {
  const requests = step.exchanges.filter((e) => e.kind === 'http-request').map((e) => shortRequestLine(e.label));
  const refused = step.exchanges.find((e) => e.kind === 'http-response' && e.outcome === 'fail');
  const lines = [...new Set([requests.find((r) => r.startsWith('PUT ')), requests.at(-1)])].filter((l): l is string => l !== undefined);
  return [...lines, ...(refused ? [shortStatus(refused.label)] : [])].map((text) => ({ text }));
}

/** The name of a step's message, one line or a few. */
export function messageName(step: Step): readonly NameLine[] {
  // A step on one node sends no message: its loop carries the outcome only (its title says the rest).
  if (onOneNode(step)) return [];
  const code = step.error?.code;
  switch (step.id) {
    case 'metadata-request':
      return metadataName(step);
    case 'assume-role':
      return [{ text: stsAction(step) }];
    case 'trust-check':
      return [{ key: 'edge.trustCheck' }];
    case 'sts-response':
    case 'credential-document':
      return [{ text: step.outcome === 'ok' || code === undefined ? 'Credentials' : code }];
    case 'api-call':
      return [{ text: shortRequestLine(step.exchanges[0]?.label ?? '') }, { key: 'edge.signed' }];
    case 'endpoint-verify':
      return [{ key: 'edge.verify' }, ...(code === undefined ? [] : [{ text: code }])];
    case 'authorize':
      return [{ text: 's3:ListBucket' }, { key: 'edge.authorize' }, ...(code === undefined ? [] : [{ text: code }])];
  }
}
