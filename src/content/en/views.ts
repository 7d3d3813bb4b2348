/**
 * English words of the flow's views that load after first paint, a section that loads with them:
 * the graph's edge names that are words rather than message text, the talk's own slide (scenes.md:
 * メタデータの動作イメージ), and the names of a message's parts in the message panel.
 */
import type { GraphWordKey } from '../../flow';
import type { WordsFor } from '../catalogue';

/** Every key the graph's layout names has its words here (a missing one fails the build); the message parts add theirs. */
export const views = {
  'edge.trustCheck': 'trust policy?',
  'edge.signed': 'signed (SigV4)',
  'talk.title': 'How the metadata works',
  'talk.policy': 'IAM policy',
  'talk.attached': 'attached',
  'talk.extra': 'not on the slide',
  'talk.node.instance': 'EC2 instance',
  'talk.node.ec2': 'EC2 service',
  'talk.node.imds': 'metadata',
  'talk.node.sts': 'STS',
  'talk.node.iam': 'IAM',
  'talk.arrow.1': 'request the metadata',
  'talk.arrow.2': 'call AssumeRole',
  'talk.arrow.3': 'check the trust policy',
  'talk.arrow.4': 'temporary credentials',
  'talk.arrow.5': 'the metadata response',
  'flow.part.start.request': 'Request line',
  'flow.part.start.response': 'Status line',
  'flow.part.headers': 'Headers',
  'flow.part.body': 'Body',
  'flow.part.document': 'Document',
  'flow.part.command': 'Command',
  'flow.part.output': 'Output',
} as const satisfies WordsFor<GraphWordKey>;
