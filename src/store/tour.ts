/**
 * The guided tour: the talk's story in order, as data. Each chapter names the view it talks about
 * and the state it drives the graph or the lab to (applied through the store's actions).
 */
import type { ExampleId } from '../content/examples';
import type { ScenarioId } from '../flow';

/** What a chapter sets up. */
export type ChapterDrive =
  | { readonly view: 'flow'; readonly scenario: ScenarioId; readonly step: number | 'last' }
  | { readonly view: 'lab'; readonly example: ExampleId | 'from-flow'; readonly walkStep: number | null; readonly focus?: 'authorization' | 'signature' };

/** One chapter: its id (catalogue keys `tour.<id>.title` and `.text`) and what it drives. */
export interface Chapter {
  readonly id: string;
  readonly drive: ChapterDrive;
}

/** The chapters, in the order of the original talk. */
export const CHAPTERS: readonly Chapter[] = [
  { id: 'role', drive: { view: 'flow', scenario: 'imdsv2', step: 0 } },
  { id: 'question', drive: { view: 'flow', scenario: 'imdsv2', step: 0 } },
  { id: 'metadata', drive: { view: 'flow', scenario: 'imdsv2', step: 1 } },
  { id: 'assume-role', drive: { view: 'flow', scenario: 'imdsv2', step: 3 } },
  { id: 'aside', drive: { view: 'flow', scenario: 'assume-role-from-instance', step: 'last' } },
  { id: 'what-next', drive: { view: 'flow', scenario: 'imdsv2', step: 6 } },
  { id: 'authorization', drive: { view: 'lab', example: 'iam-listusers', walkStep: null, focus: 'authorization' } },
  { id: 'ingredients', drive: { view: 'lab', example: 'iam-listusers', walkStep: 13, focus: 'signature' } },
  { id: 'answer', drive: { view: 'flow', scenario: 'imdsv2', step: 6 } },
];
