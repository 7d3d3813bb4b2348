/**
 * The guided tour: the talk's story in order, as data. Each chapter names the view it talks about
 * and the state it drives the graph or the lab to (applied through the store's actions).
 */
import type { ExampleId } from '../content/examples';
import type { ScenarioId } from '../flow';
import type { StageId } from '../sigv4';

/** What a chapter sets up. */
export type ChapterDrive =
  | { readonly view: 'flow'; readonly scenario: ScenarioId; readonly step: number | 'last' }
  /** `select`: the diagram node whose detail the chapter opens (a walkthrough opens its current step's). */
  | { readonly view: 'lab'; readonly example: ExampleId | 'from-flow'; readonly walkStep: number | null; readonly select?: StageId };

/** One chapter: its id (catalogue keys `tour.<id>.title` and `.text`), what it drives, and its subject. */
export interface Chapter {
  readonly id: string;
  readonly drive: ChapterDrive;
  /** The data-testid of the element the chapter talks about: shown whole and uncovered while it plays. */
  readonly subject: string;
}

/** The chapters, in the order of the original talk. */
export const CHAPTERS: readonly Chapter[] = [
  { id: 'role', subject: 'flow-graph', drive: { view: 'flow', scenario: 'imdsv2', step: 0 } },
  { id: 'question', subject: 'flow-graph', drive: { view: 'flow', scenario: 'imdsv2', step: 0 } },
  { id: 'metadata', subject: 'flow-message', drive: { view: 'flow', scenario: 'imdsv2', step: 1 } },
  { id: 'assume-role', subject: 'trust-policy-editor', drive: { view: 'flow', scenario: 'imdsv2', step: 3 } },
  { id: 'aside', subject: 'flow-message', drive: { view: 'flow', scenario: 'assume-role-from-instance', step: 'last' } },
  { id: 'what-next', subject: 'flow-credentials', drive: { view: 'flow', scenario: 'imdsv2', step: 6 } },
  // The talk's slide 10: what the role may do comes from its policies. The flow at IAM's authorization (step 8).
  { id: 'permissions', subject: 'permission-policy-editor', drive: { view: 'flow', scenario: 'imdsv2', step: 8 } },
  // The header part by part: its four parts, labelled in their colours, beside the diagram.
  { id: 'authorization', subject: 'authorization-parts', drive: { view: 'lab', example: 'iam-listusers', walkStep: null, select: 'authorization' } },
  // The signature's ingredients are the whole picture: both chains, walked up to the signature.
  { id: 'ingredients', subject: 'lab-diagram', drive: { view: 'lab', example: 'iam-listusers', walkStep: 13 } },
  { id: 'answer', subject: 'flow-graph', drive: { view: 'flow', scenario: 'imdsv2', step: 6 } },
];
