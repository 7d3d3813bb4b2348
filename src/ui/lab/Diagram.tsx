/**
 * The signature as one picture, the lab's hero: two chains meet at the signature. The request runs
 * to the canonical request (its six parts in their colours), its hash and the string to sign; the
 * secret runs down the keys kSecret → kDate → kRegion → kService → kSigning; HMAC(kSigning, string
 * to sign) is the signature, which goes into the Authorization header or the presigned URL and the
 * signed request. In SigV4a the secret runs down the key's derivation instead: kSecret and the
 * derivation input give k0, then d and its public key; ECDSA(d, string to sign) is the signature. Nodes and arrows come from the stage registry (store/diagram.ts); CSS grid places
 * the nodes, and the arrows are routed between the boxes they got (diagram-routes.ts).
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { t } from '../../content/i18n';
import { STAGES, type StageId } from '../../sigv4';
import { revealedStages, useStore, walkSteps, type DiagramEdge, type DiagramEnd, type DiagramSource } from '../../store';
import { diagramEdges, diagramNodes, drawnFrom } from '../../store/diagram';
import { DiagramNode } from './DiagramNodes';
import { pathOf, routeEdges, type Box, type Point } from './diagram-routes';
import { inputTitle } from './stage-titles';

/** A stage the lab gives a card, and so a node. */
type CardStage = { [K in StageId]: (typeof STAGES)[K]['card'] extends true ? K : never }[StageId];

/** The grid area of each node (lab-scene.css lays the areas out); a card stage without one fails to compile. */
const AREA: Readonly<Record<CardStage, string>> = {
  canonicalRequest: 'cr',
  canonicalRequestHash: 'hash',
  stringToSign: 'sts',
  kSecret: 'ksecret',
  kDate: 'kdate',
  kRegion: 'kregion',
  kService: 'kservice',
  kSigning: 'ksigning',
  derivationInput: 'kin',
  k0: 'k0',
  privateKey: 'dkey',
  publicKey: 'pub',
  signature: 'sig',
  authorization: 'out',
  presignedUrl: 'out',
  signedRequest: 'signed',
};

/** The input field each source stands for: selecting the source puts the cursor there. */
const SOURCE_FIELD = { request: 'request-input', secret: 'secret-key-input' } as const satisfies Record<DiagramSource, string>;

/** An end's test id: a node's is its stage's, a source's its name. */
const endTestId = (end: DiagramEnd): string => (end === 'request' || end === 'secret' ? end : STAGES[end].testId);

function Source({ id }: { id: DiagramSource }) {
  const lang = useStore((s) => s.prefs.lang);
  const lit = useStore((s) => {
    const f = s.lab.focus;
    return id === 'secret' ? f?.kind === 'context' && f.field === 'secretAccessKey' : f?.kind === 'request';
  });
  return (
    <button
      type="button"
      className={`dsource${lit ? ' lit' : ''}`}
      style={{ gridArea: id }}
      data-end={id}
      data-testid={`diagram-source-${id}`}
      onClick={() => document.querySelector<HTMLElement>(`[data-testid="${SOURCE_FIELD[id]}"]`)?.focus()}
    >
      {t(lang, `diagram.source.${id}`)}
    </button>
  );
}

/** The arrows: lit when the walkthrough's step consumes them, marked when a painted difference runs along them. */
function Edges({ edges, routes, size }: { edges: readonly DiagramEdge[]; routes: ReadonlyMap<string, Point[]>; size: { w: number; h: number } }) {
  const mode = useStore((s) => s.lab.inputs.mode);
  const algorithm = useStore((s) => s.lab.inputs.algorithm);
  const walkStep = useStore((s) => s.lab.walkStep);
  const painting = useStore((s) => s.lab.painting);
  const step = walkStep !== null && walkStep > 0 ? walkSteps(algorithm)[walkStep - 1] : undefined;
  const consumed = new Set(step?.consumes.map((c) => drawnFrom(c, mode, algorithm)));
  // A difference runs along the arrows between changed nodes the walkthrough has reached.
  const revealed = revealedStages(walkStep, algorithm);
  const changed = painting?.status === 'painted' ? painting.changed.filter((id) => revealed === null || revealed.has(id)) : [];
  return (
    <svg className="diagram-edges" width={size.w} height={size.h} aria-hidden="true">
      <defs>
        {/* One size whatever the stroke: the head is drawn in the picture's pixels. */}
        {(['plain', 'lit', 'changed'] as const).map((kind) => (
          <marker key={kind} id={`diagram-arrow-${kind}`} viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">
            <path d="M0 0 L10 5 L0 10 z" className={`diagram-arrowhead ${kind}`} />
          </marker>
        ))}
      </defs>
      {edges.map((e) => {
        const route = routes.get(`${e.from}>${e.to}`);
        if (!route) return null;
        const lit = step?.stage === e.to && consumed.has(e.from);
        const hot = changed.includes(e.to) && (e.from === 'request' || e.from === 'secret' ? false : changed.includes(e.from));
        return (
          <path
            key={`${e.from}>${e.to}`}
            d={pathOf(route)}
            className={`diagram-edge${lit ? ' lit' : ''}${hot ? ' changed' : ''}`}
            markerEnd={`url(#diagram-arrow-${lit ? 'lit' : hot ? 'changed' : 'plain'})`}
            data-testid={`diagram-edge-${endTestId(e.from)}-${endTestId(e.to)}`}
            data-lit={lit ? 'true' : 'false'}
          />
        );
      })}
    </svg>
  );
}

/**
 * The picture's type size for its box: the whole diagram is about 38 of it wide and 38 tall, so it
 * fits any box, larger in presenter mode (its box is larger), legible down to 10 px. Set from the
 * box's size when it changes, not with container units: those would make every keystroke lay the
 * whole picture out again.
 */
export function typeSizeFor(width: number, height: number): number {
  return Math.max(10, Math.min(26, width * 0.026, height * 0.026));
}

export function Diagram() {
  const lang = useStore((s) => s.prefs.lang);
  const mode = useStore((s) => s.lab.inputs.mode);
  const algorithm = useStore((s) => s.lab.inputs.algorithm);
  const ready = useStore((s) => s.lab.stages !== null);
  const nodes = diagramNodes(mode, algorithm);
  const edges = diagramEdges(mode, algorithm);
  const grid = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLElement>(null);
  const [fontSize, setFontSize] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => setFontSize(typeSizeFor(el.clientWidth, el.clientHeight));
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const [drawn, setDrawn] = useState<{ routes: ReadonlyMap<string, Point[]>; size: { w: number; h: number } }>({ routes: new Map(), size: { w: 0, h: 0 } });
  // The arrows follow the boxes: measured after layout, and again whenever a box or the picture changes size.
  useLayoutEffect(() => {
    const el = grid.current;
    if (!el) return;
    const measure = () => {
      const base = el.getBoundingClientRect();
      const boxes = new Map<string, Box>();
      for (const n of el.querySelectorAll<HTMLElement>('[data-end]')) {
        const r = n.getBoundingClientRect();
        boxes.set(n.dataset.end!, { x: r.left - base.left, y: r.top - base.top, w: r.width, h: r.height });
      }
      setDrawn({ routes: routeEdges(boxes, diagramEdges(mode, algorithm)), size: { w: el.clientWidth, h: el.clientHeight } });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    for (const n of el.querySelectorAll('[data-end]')) ro.observe(n);
    return () => ro.disconnect();
  }, [mode, algorithm, ready, lang]);
  return (
    <figure className="diagram" ref={box} data-testid="lab-diagram" data-mode={mode} data-algorithm={algorithm} aria-label={t(lang, 'diagram.label')}>
      <div className="diagram-grid" ref={grid} data-mode={mode} data-algorithm={algorithm} style={fontSize === null ? undefined : { fontSize }}>
        <Edges edges={edges} routes={drawn.routes} size={drawn.size} />
        <Source id="request" />
        <Source id="secret" />
        {ready && nodes.map((id) => <DiagramNode key={id} id={id} area={AREA[id as CardStage]} />)}
      </div>
      <figcaption className="visually-hidden">{nodes.map((id) => inputTitle(lang, id)).join(' → ')}</figcaption>
    </figure>
  );
}
