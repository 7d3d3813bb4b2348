/**
 * The graph: laid out in the box it is given by a pure function of the model (layoutFlow), its
 * state from another (graphFor), drawn with @xyflow/react at the layout's zoom, which is 1 (CSS
 * sizes as they are on screen) unless the box is too small for the layout (a phone).
 */
import { ReactFlow, ViewportPortal } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './flow-graph.css';
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { t, tx, type Lang } from '../../content/i18n';
import { travelMs, type Flow, type GraphEdge, type GraphNode } from '../../flow';
import { graphFor, layoutFlow } from '../../flow/view';
import { useStore } from '../../store';
import { Envelope } from './Envelope';
import { JourneyNode, type JourneyNodeType } from './JourneyNode';
import { LinkEdge, type LinkEdgeType } from './LinkEdge';
import { MessageEdge, type MessageEdgeType } from './MessageEdge';
import { useReducedMotion } from './motion';
import { NoteNode, type NoteNodeType } from './NoteNode';

/** Module constants, as xyflow asks: a new object each render would remount every node. */
const NODE_TYPES = { journey: JourneyNode, note: NoteNode };
const EDGE_TYPES = { message: MessageEdge, link: LinkEdge };

/** The box as CSS lays it out: its size and the node title's size in it (before it is measured, and in tests, a 1280x800 box). */
interface Box {
  readonly width: number;
  readonly height: number;
  readonly em: number;
}
const UNMEASURED: Box = { width: 820, height: 540, em: 16 };

/** Measures the box, again whenever it changes size or presenter mode changes the type. */
function useBox(ref: RefObject<HTMLDivElement | null>): Box {
  const [box, setBox] = useState(UNMEASURED);
  const presenter = useStore((s) => s.prefs.presenter);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const [width, height, em] = [el.clientWidth, el.clientHeight, parseFloat(getComputedStyle(el).fontSize) || UNMEASURED.em];
      if (width > 0 && height > 0) setBox((b) => (b.width === width && b.height === height && b.em === em ? b : { width, height, em }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, presenter]);
  return box;
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
  const ref = useRef<HTMLDivElement>(null);
  const lang = useStore((s) => s.prefs.lang);
  const model = useStore((s) => s.flow.model);
  const state = useStore((s) => s.flow.state);
  const layoutId = useStore((s) => s.flow.layout);
  const delivery = useStore((s) => s.flow.delivery);
  const reduced = useReducedMotion();
  const box = useBox(ref);
  const layout = useMemo(() => layoutFlow(model, { layout: layoutId, ...box, words: (k) => tx(lang, k) }), [model, layoutId, box, lang]);
  const graph = useMemo(() => graphFor(model, state), [model, state]);

  const nodes = useMemo(() => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const talk = layout.layout === 'talk';
    const journey = layout.nodes.map((n): JourneyNodeType => {
      const g = byId.get(n.id)!;
      return {
        id: n.id,
        type: 'journey',
        position: { x: n.rect.x, y: n.rect.y },
        width: n.rect.width,
        height: n.rect.height,
        zIndex: n.inside ? 1 : 0,
        domAttributes: { 'aria-roledescription': t(lang, 'flow.graph.node') },
        data: {
          testId: g.testId,
          label: tx(lang, n.titleKey),
          lang,
          detail: n.detail ? g.detail : '',
          status: g.status,
          active: g.active,
          statusText: g.active ? t(lang, 'flow.node.active') : t(lang, `flow.node.${g.status}`),
          shape: n.container ? 'container' : n.inside ? 'inner' : n.extra ? 'extra' : 'box',
          caption: n.extra ? tx(lang, 'talk.extra') : '',
          talk,
        },
      };
    });
    const notes = layout.notes.map(
      (n): NoteNodeType => ({
        id: n.id,
        type: 'note',
        position: { x: n.rect.x, y: n.rect.y },
        width: n.rect.width,
        height: n.rect.height,
        data: { text: tx(lang, n.key), lang, kind: n.kind, testId: `flow-${n.id}` },
      }),
    );
    return [...journey, ...notes];
  }, [graph, layout, lang]);

  const edges = useMemo(() => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const laid = new Map(layout.edges.map((e) => [e.step, e]));
    const steps = graph.edges.map((e): MessageEdgeType => {
      const words = edgeWords(lang, model, e, byId);
      const l = laid.get(e.step)!;
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        sourceHandle: 's',
        targetHandle: 't',
        type: 'message',
        ariaLabel: words.ariaLabel,
        domAttributes: { 'aria-roledescription': t(lang, 'flow.graph.edge.role') },
        data: { step: e.step, testId: e.testId, outcome: e.outcome, progress: e.progress, points: l.points, label: l.label, head: box.em * 0.7, extra: l.extra, title: words.title, stateText: words.stateText },
      };
    });
    const links = layout.links.map((l): LinkEdgeType => ({ id: l.id, source: l.ends[0], target: l.ends[1], sourceHandle: 's', targetHandle: 't', type: 'link', data: { points: l.points, label: l.label, lang } }));
    return [...links, ...steps];
  }, [graph, layout, lang, model, box.em]);

  // xyflow's own screen-reader descriptions, in the reader's language and true of this graph.
  const ariaLabelConfig = useMemo(() => {
    const about = t(lang, 'flow.graph.about');
    return { 'node.a11yDescription.default': about, 'node.a11yDescription.keyboardDisabled': about, 'edge.a11yDescription.default': about };
  }, [lang]);

  // The current step's message travels its edge until the store's timer says it has arrived.
  const current = graph.edges[state.step - 1];
  const travelling = !reduced && !delivery.arrived && delivery.step === state.step && current !== undefined;
  const route = travelling ? layout.edges.find((e) => e.step === state.step) : undefined;
  const name = current?.name[0];
  const viewport = useMemo(() => ({ x: 0, y: 0, zoom: layout.zoom }), [layout.zoom]);
  const bounds = useMemo(() => ({ width: box.width / layout.zoom, height: box.height / layout.zoom }), [box.width, box.height, layout.zoom]);
  return (
    <div
      className="flow-graph"
      data-testid="flow-graph"
      data-layout={layout.layout}
      data-zoom={layout.zoom.toFixed(3)}
      data-label-scale={layout.labelScale}
      style={{ '--label-scale': layout.labelScale } as CSSProperties}
      role="group"
      aria-label={t(lang, 'flow.graph.label')}
      ref={ref}
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        ariaLabelConfig={ariaLabelConfig}
        viewport={viewport}
        onViewportChange={noop}
        minZoom={0.05}
        maxZoom={4}
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
        {route && name && (
          <ViewportPortal>
            <Envelope key={delivery.sent} sent={delivery.sent} points={route.points} name={'text' in name ? name.text : tx(lang, name.key)} duration={travelMs(state)} failed={current.outcome !== 'ok'} bounds={bounds} />
          </ViewportPortal>
        )}
      </ReactFlow>
    </div>
  );
}

/** The viewport is the layout's: nothing the user does moves it. */
function noop(): void {}
