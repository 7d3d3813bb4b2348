/**
 * The views' own door, beside the model's (index.ts): the node table, the graph's state at a
 * playback step, its layout in a box, and a message cut into its parts for the panel. Only views that load after
 * first paint use them, and through here they load with those views' chunks, not with the page
 * (a re-export from index.ts would put them in the first paint).
 */
export { graphFor } from './graph';
export { NODES, NODE_IDS, edgeTestId, nodeTestId } from './nodes';
export { layoutFlow } from './layout';
export { messageParts } from './message-parts';
export type { MessagePart } from './message-parts';
