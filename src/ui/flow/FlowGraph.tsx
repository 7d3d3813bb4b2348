/** The graph, derived from the model by a pure function (graphFor) and drawn with @xyflow/react. */
import { ReactFlow, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef } from 'react';
import { t, tx, type Lang } from '../../content/i18n';
import { DRAWN, graphFor, NODE_SIZE, type Flow, type GraphEdge, type GraphNode } from '../../flow';
import { useStore } from '../../store';
import { JourneyNode, type JourneyNodeType } from './JourneyNode';
import { MessageEdge, type MessageEdgeType } from './MessageEdge';
import { useReducedMotion } from './motion';

/** Module constants, as xyflow asks: a new object each render would remount every node. */
const NODE_TYPES = { journey: JourneyNode };
const EDGE_TYPES = { message: MessageEdge };

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

/** An edge's words: its step's title, its state, and the label a screen reader announces. */
function edgeWords(lang: Lang, flow: Flow, e: GraphEdge, byId: ReadonlyMap<string, GraphNode>) {
  const step = flow.steps[e.step - 1]!;
  const title = tx(lang, step.titleKey, step.params);
  const stateText = e.progress === 'future' ? t(lang, 'flow.graph.edge.future') : t(lang, `flow.outcome.${e.outcome}`);
  const [from, to] = [e.source, e.target].map((id) => tx(lang, byId.get(id)!.labelKey));
  return { title, stateText, ariaLabel: t(lang, 'flow.graph.edge', { step: e.step, title, from: from!, to: to!, state: stateText }) };
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
        position: { x: n.position.x * DRAWN.xScale, y: n.position.y },
        width: DRAWN.nodeWidth,
        height: NODE_SIZE.height,
        domAttributes: { 'aria-roledescription': t(lang, 'flow.graph.node') },
        data: {
          testId: n.testId,
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
    return graph.edges.map((e) => {
      const words = edgeWords(lang, model, e, byId);
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        type: 'message',
        ...handles(e, byId.get(e.source)!, byId.get(e.target)!),
        ariaLabel: words.ariaLabel,
        domAttributes: { 'aria-roledescription': t(lang, 'flow.graph.edge.role') },
        data: {
          step: e.step,
          testId: e.testId,
          outcome: e.outcome,
          progress: e.progress,
          direction: e.direction,
          travel: !reduced,
          title: words.title,
          stateText: words.stateText,
        },
      };
    });
  }, [graph, lang, reduced, model]);
  // xyflow's own screen-reader descriptions, in the reader's language and true of this graph.
  const ariaLabelConfig = useMemo(() => {
    const about = t(lang, 'flow.graph.about');
    return { 'node.a11yDescription.default': about, 'node.a11yDescription.keyboardDisabled': about, 'edge.a11yDescription.default': about };
  }, [lang]);
  return (
    <div className="flow-graph" data-testid="flow-graph" role="group" aria-label={t(lang, 'flow.graph.label')} ref={box}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        ariaLabelConfig={ariaLabelConfig}
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
