/** The graph, derived from the model by a pure function (graphFor) and drawn with @xyflow/react. */
import { ReactFlow, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef } from 'react';
import { t, tx } from '../../content/i18n';
import { graphFor, NODE_SIZE, type GraphEdge, type GraphNode } from '../../flow';
import { useStore } from '../../store';
import { JourneyNode, type JourneyNodeType } from './JourneyNode';
import { MessageEdge, type MessageEdgeType } from './MessageEdge';
import { useReducedMotion } from './motion';

/** Module constants, as xyflow asks: a new object each render would remount every node. */
const NODE_TYPES = { journey: JourneyNode };
const EDGE_TYPES = { message: MessageEdge };

/**
 * The model lays the journey out on a 1280-wide canvas; beside the message panel the graph has about
 * 60% of that, so x is compressed and nodes narrowed to keep their text legible (scale near 1).
 */
const X_SCALE = 0.72;
const NODE_WIDTH = 156;

/** Which sides an edge leaves and enters by: horizontal steps side to side, returns underneath. */
function handles(e: GraphEdge, from: GraphNode, to: GraphNode): { sourceHandle: string; targetHandle: string } {
  const dx = to.position.x - from.position.x;
  const dy = to.position.y - from.position.y;
  if (Math.abs(dx) >= Math.abs(dy)) {
    if (e.direction === 'return') return { sourceHandle: 'sb', targetHandle: 'tb' };
    return dx > 0 ? { sourceHandle: 'sr', targetHandle: 'tl' } : { sourceHandle: 'sl', targetHandle: 'tr' };
  }
  return dy > 0 ? { sourceHandle: 'sb', targetHandle: 'tt' } : { sourceHandle: 'st', targetHandle: 'tb' };
}

/** Fits the graph to its box whenever the box changes size (presenter mode, a resized window). */
function FitOnResize({ box }: { box: React.RefObject<HTMLDivElement | null> }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => void fitView({ padding: 0.06 }));
    ro.observe(el);
    return () => ro.disconnect();
  }, [box, fitView]);
  return null;
}

export function FlowGraph() {
  const box = useRef<HTMLDivElement>(null);
  const lang = useStore((s) => s.prefs.lang);
  const model = useStore((s) => s.flow.model);
  const state = useStore((s) => s.flow.state);
  const reduced = useReducedMotion();
  const graph = useMemo(() => graphFor(model, state), [model, state]);
  const nodes: JourneyNodeType[] = useMemo(
    () =>
      graph.nodes.map((n) => ({
        id: n.id,
        type: 'journey',
        position: { x: n.position.x * X_SCALE, y: n.position.y },
        width: NODE_WIDTH,
        height: NODE_SIZE.height,
        data: {
          id: n.id,
          label: tx(lang, n.labelKey),
          detail: n.detail,
          status: n.status,
          active: n.active,
          statusText: n.active ? t(lang, 'flow.node.active') : t(lang, `flow.node.${n.status}`),
        },
      })),
    [graph, lang],
  );
  const edges: MessageEdgeType[] = useMemo(() => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    return graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'message',
      ...handles(e, byId.get(e.source)!, byId.get(e.target)!),
      data: {
        step: e.step,
        outcome: e.outcome,
        progress: e.progress,
        direction: e.direction,
        travel: !reduced,
        title: tx(lang, model.steps[e.step - 1]!.titleKey, model.steps[e.step - 1]!.params),
      },
    }));
  }, [graph, lang, reduced, model]);
  return (
    <div className="flow-graph" data-testid="flow-graph" role="group" aria-label={t(lang, 'flow.graph.label')} ref={box}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        fitView
        fitViewOptions={{ padding: 0.06 }}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        panOnDrag={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        nodesFocusable={false}
        edgesFocusable={false}
        proOptions={{ hideAttribution: true }}
      >
        <FitOnResize box={box} />
      </ReactFlow>
    </div>
  );
}
