// @vitest-environment jsdom
/**
 * Pins what the graph view hands the graph library and what its nodes and edges render, for every
 * scenario at every step, in both drawings: positions, sizes, test ids, labels, details, statuses,
 * edge routes and their labels' words. The library is replaced by a stand-in that renders each node
 * and edge component with the props it was given, so the pin holds the app's output, not the
 * library's. The box is the default one (820x540 at 16 px: the view's size before it is measured).
 */
import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadLang, loadSection } from '../../content/i18n';
import { LAYOUT_IDS } from '../../flow';
import { GRAPH_CASES } from '../../flow/test-support/graph-cases';
import { useStore } from '../../store';
import { FlowGraph } from './FlowGraph';

interface StandInNode {
  readonly id: string;
  readonly type: string;
  readonly position: { x: number; y: number };
  readonly width: number;
  readonly height: number;
  readonly data: Record<string, unknown>;
}
interface StandInEdge {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly sourceHandle: string;
  readonly targetHandle: string;
  readonly data: Record<string, unknown>;
}
type Comp = (p: Record<string, unknown>) => ReactNode;
/** Coordinates to a tenth of a pixel, so the pin holds the layout, not floating-point noise. */
const r = (x: number): string => x.toFixed(1);

vi.mock('@xyflow/react', () => ({
  Position: { Left: 'left', Right: 'right', Top: 'top', Bottom: 'bottom' },
  Handle: ({ id, type }: { id: string; type: string }) => <i data-handle={`${type}:${id}`} />,
  EdgeLabelRenderer: ({ children }: { children: ReactNode }) => <foreignObject>{children}</foreignObject>,
  ViewportPortal: ({ children }: { children: ReactNode }) => <>{children}</>,
  ReactFlow: ({ nodes, edges, nodeTypes, edgeTypes }: { nodes: StandInNode[]; edges: StandInEdge[]; nodeTypes: Record<string, Comp>; edgeTypes: Record<string, Comp> }) => (
    <div>
      {nodes.map((n) => {
        const Node = nodeTypes[n.type]!;
        return (
          <section key={n.id} data-node={`${n.id} ${n.type} @${r(n.position.x)},${r(n.position.y)} ${r(n.width)}x${r(n.height)}`}>
            <Node id={n.id} data={n.data} />
          </section>
        );
      })}
      {edges.map((e) => {
        const Edge = edgeTypes[e.type]!;
        return (
          <section key={e.id} data-edge={`${e.id} ${e.type} ${e.source}:${e.sourceHandle}->${e.target}:${e.targetHandle}`}>
            <svg>
              <Edge id={e.id} data={e.data} sourceX={0} sourceY={0} targetX={0} targetY={0} sourcePosition="right" targetPosition="left" />
            </svg>
          </section>
        );
      })}
    </div>
  ),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

class NoResize {
  observe(): void {}
  disconnect(): void {}
}

const host = document.createElement('div');
const root = createRoot(host);

beforeAll(async () => {
  vi.stubGlobal('ResizeObserver', NoResize);
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined }));
  await Promise.all([loadLang('ja'), loadSection('views', 'en'), loadSection('views', 'ja')]);
  act(() => root.render(<FlowGraph />));
});
afterAll(() => {
  act(() => root.unmount());
  vi.unstubAllGlobals();
});

/** The rendered graph as lines: what each node and edge element says and carries. */
function rendered(): string[] {
  return [...host.querySelectorAll('section')].map((s) => {
    const head = s.dataset.node ?? s.dataset.edge!;
    // An edge's element is its label (the test id e2e reads its outcome from), else the first with a test id.
    const el = (s.querySelector('[data-testid^="flow-edge-"]') ?? s.querySelector('[data-testid]')) as HTMLElement;
    const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
    const handles = [...s.querySelectorAll('[data-handle]')].map((h) => h.getAttribute('data-handle')).join(',');
    const texts = [...el.querySelectorAll('div')].map((d) => d.textContent).join(' | ') || el.textContent;
    // Where the element is placed (the graph's own style, its label scale, is not the element's).
    const styled = el.closest('[style]');
    const at = styled && s.contains(styled) ? styled.getAttribute('style') : null;
    const drawn = [...s.querySelectorAll('path')].map((d) => `${d.getAttribute('class')} ${d.getAttribute('d')}`).join(', ');
    return `${head} [${attrs}]${handles ? ` handles ${handles}` : ''}${drawn ? ` draws ${drawn}` : ''}${at ? ` at ${at}` : ''} "${texts}"`;
  });
}

describe('FlowGraph, pinned for every scenario', () => {
  it.each(GRAPH_CASES.flatMap(([name, id, v]) => LAYOUT_IDS.map((layout) => [`${name}, ${layout}`, id, v, layout] as const)))('%s', (_name, id, variants, layout) => {
    const out: string[] = [];
    const s = useStore.getState();
    act(() => s.setFlowLayout(layout));
    for (const lang of ['en', 'ja'] as const) {
      act(() => {
        useStore.setState((st) => ({ prefs: { ...st.prefs, lang } }));
        s.setScenario(id);
        s.setFlowVariants(variants);
      });
      for (let step = 0; step <= useStore.getState().flow.model.stepCount; step++) {
        act(() => useStore.getState().flowJump(step));
        out.push(`${lang} step ${step}`, ...rendered());
      }
    }
    expect(out.join('\n')).toMatchSnapshot();
  });
});
