/**
 * The diagram's nodes: each stage's value shortened (hex abbreviated, text clipped, secrets masked),
 * its runs lighting with their origin like every value of the lab, and its state in colour, an icon
 * and a word. A node is a button: selecting it opens its detail beside the diagram.
 */
import { Fragment, memo, useEffect, useRef, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { t, tx, type Lang } from '../../content/i18n';
import { SECRET_PREFIX_V4A, STAGES, type Origin, type SourcedText, type StageId, type StageView } from '../../sigv4';
import { revealedStages, useStore, walkSteps, type NodeState, type StageCard } from '../../store';
import { nodeState } from '../../store/diagram';
import { originMatches } from '../common/focus';
import { MASK_CHAR, useSecretMask } from './mask';
import { CANONICAL_PARTS, methodOf, PART_LABEL, sliceSourced, sourcedLines, splitAuthorization, type PartName } from './parts';
import { useReasonText } from './issues';
import { inputTitle, stageTitle } from './stage-titles';

/** A hash, key or signature (64 hex digits or more) as its first and last six digits: enough to tell two apart at a glance. */
export function abbreviateHex(hex: string): string {
  return /^[0-9a-f]{64,}$/.test(hex) ? `${hex.slice(0, 6)}…${hex.slice(-6)}` : hex;
}

/** A value derived from the secret that signs like it (SigV4a's k0 and d), as a node shows it while secrets are masked. */
const MASKED_HEX = `${MASK_CHAR.repeat(6)}…${MASK_CHAR.repeat(6)}`;

/** At most this many characters of a value are drawn in a node: a node is a glance, its detail the whole. */
const CLIP = 160;

/** The start of a sourced text, run by run: each run lights with its origin and, pointed at or tapped, lights it everywhere. */
const Clip = memo(function Clip({ sourced, max = CLIP }: { sourced: SourcedText; max?: number }) {
  const focus = useStore((s) => s.lab.focus);
  const setFocus = useStore((s) => s.setFocus);
  const mask = useSecretMask();
  const runs: ReactNode[] = [];
  let used = 0;
  for (const [i, seg] of sourced.segments.entries()) {
    if (used >= max) break;
    const raw = sourced.text.slice(seg.start, Math.min(seg.end, seg.start + max - used));
    const shown = abbreviateHex(mask(seg.origin, raw) ?? raw);
    used += raw.length;
    runs.push(
      <span key={i} className={`seg${originMatches(seg.origin, focus) ? ' lit' : ''}`} onMouseEnter={() => setFocus(seg.origin)} onClick={() => setFocus(seg.origin)}>
        {shown.split('\n').flatMap((line, j) => (j === 0 ? [line] : [<span key={j} className="eol" />, line]))}
      </span>,
    );
  }
  return (
    <span className="dclip">
      {runs}
      {sourced.text.length > used && '…'}
    </span>
  );
});

/** An empty value, said so: an empty line is still a line of the canonical request. */
function Empty() {
  const lang = useStore((s) => s.prefs.lang);
  return <span className="dempty">{t(lang, 'diagram.empty')}</span>;
}

/**
 * A value's box in a node: the outer span has the node's fixed shape (a line, or two for a text's
 * start), the inner one holds the value. Only the inner one can be laid out on its own: the browser
 * lays out a box alone only if it is a block whose parent is neither a flex nor a grid container,
 * and the outer span is an item of one.
 */
function Box({ className, part, children }: { className: string; part?: string; children: ReactNode }) {
  return (
    <span className={className} data-part={part}>
      <span className="dbox">{children}</span>
    </span>
  );
}

/** Where the whole of a value came from in the request: from its first run to its last (the part a row's label stands for). */
function hullOf(s: SourcedText): Origin | null {
  const request = s.segments.filter((g) => g.origin.kind === 'request').map((g) => g.origin as Extract<Origin, { kind: 'request' }>);
  const first = request[0];
  if (!first) return s.segments.find((g) => g.origin.kind !== 'spec')?.origin ?? null;
  let [start, end] = [first.start, first.end];
  for (const o of request) [start, end] = [Math.min(start, o.start), Math.max(end, o.end)];
  return { ...first, start, end };
}

/** A labelled row of a node, in its part's colour when it has one; pointing at its label lights where the whole part came from. */
function Row({ label, part, sourced, state, current }: { label: string; part?: PartName; sourced: SourcedText | null; state?: NodeState; current?: boolean }) {
  const setFocus = useStore((s) => s.setFocus);
  const whole = sourced ? hullOf(sourced) : null;
  return (
    <span className={`drow${current ? ' current' : ''}`} data-part={part} data-state={state}>
      <span className="drow-label" onMouseEnter={() => setFocus(whole)} onClick={() => setFocus(whole)}>
        {label}
      </span>
      <Box className="drow-value">{sourced === null ? '…' : sourced.text === '' ? <Empty /> : <Clip sourced={sourced} />}</Box>
      {state === 'changed' && <span className="drow-mark" aria-hidden="true">≠</span>}
    </span>
  );
}

/** The canonical request: its six parts, each in its colour, revealed one by one by the walkthrough. */
function CanonicalBody({ card, lang, changed, title }: BodyProps) {
  const walkStep = useStore((s) => s.lab.walkStep);
  const parts = useStore(useShallow((s) => CANONICAL_PARTS.map((p) => (p === 'method' ? null : (s.lab.stages?.[p] ?? null)))));
  const shown = walkStep === null ? CANONICAL_PARTS.length : Math.min(walkStep, CANONICAL_PARTS.length);
  return (
    <>
      {title}
      <span className="dparts">
      {CANONICAL_PARTS.map((p, i) => (
        <Row
          key={p}
          label={t(lang, PART_LABEL[p])}
          part={p}
          sourced={i >= shown ? null : p === 'method' ? (card.sourced ? methodOf(card.sourced) : null) : (parts[i]?.sourced ?? null)}
          state={p !== 'method' && changed.includes(p) ? 'changed' : undefined}
          current={walkStep !== null && walkStep <= CANONICAL_PARTS.length && i === walkStep - 1}
        />
      ))}
      </span>
    </>
  );
}

const STS_LINES = ['diagram.sts.algorithm', 'diagram.sts.date', 'diagram.sts.scope', 'diagram.sts.hash'] as const;

/** The string to sign, line by line: the algorithm (in its colour, as in the Authorization header), the date, the scope, the hash. */
function StringToSignBody({ card, lang, title }: BodyProps) {
  const lines = card.sourced ? sourcedLines(card.sourced) : [];
  return (
    <>
      {title}
      <span className="dparts">
        {STS_LINES.map((key, i) => (
          <Row key={key} label={t(lang, key)} part={i === 0 ? 'algorithm' : undefined} sourced={lines[i] ?? null} />
        ))}
      </span>
    </>
  );
}

/** A catalogue message with its `{slot}`s filled with nodes (a value that lights its origin, say). */
function filled(text: string, slots: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 1 ? <Fragment key={i}>{slots[piece]}</Fragment> : piece));
}

/**
 * A digest or a key of the chain: what it is computed from, in the spec's notation (an HMAC's key
 * and message, a hash's input, kSecret's "AWS4" + secret), and its value.
 */
function ComputedBody({ id, card, lang, title }: BodyProps) {
  const reveal = useStore((s) => s.prefs.revealSecrets);
  const d = STAGES[id];
  const formula =
    d.view === 'secret'
      ? filled(tx(lang, card.keyedBy === null && card.sourced?.text.startsWith(SECRET_PREFIX_V4A) ? 'diagram.formula.kSecretA' : 'diagram.formula.kSecret'), { secret: inputTitle(lang, 'secret') })
      : d.view === 'key'
        ? filled(tx(lang, 'diagram.formula.hmac'), {
            key: stageTitle(lang, card.keyedBy ?? 'kSecret'),
            message: <span className="dmessage">“{card.sourced && <Clip sourced={card.sourced} />}”</span>,
          })
        : d.view === 'ecdsa-key'
          ? filled(tx(lang, 'diagram.formula.privateKey'), { k0: stageTitle(lang, 'k0') })
          : card.digestOf?.key === 'privateKey'
            ? filled(tx(lang, 'diagram.formula.ecdsa'), { key: stageTitle(lang, 'privateKey'), message: stageTitle(lang, card.digestOf.input) })
            : card.digestOf?.key
              ? filled(tx(lang, 'diagram.formula.hmac'), { key: stageTitle(lang, card.digestOf.key), message: stageTitle(lang, card.digestOf.input) })
              : filled(tx(lang, 'diagram.formula.sha256'), { input: stageTitle(lang, card.digestOf?.input ?? d.inputs[0] as StageId) });
  const masked = (d.view === 'private' || d.view === 'ecdsa-key') && !reveal;
  return (
    <>
      <span className="dnode-line">
        {title}
        <Box className="dvalue">{d.view === 'secret' ? card.sourced && <Clip sourced={card.sourced} /> : masked ? MASKED_HEX : abbreviateHex(card.value ?? '')}</Box>
      </span>
      <Box className="dformula">{formula}</Box>
    </>
  );
}

/** SigV4a's derivation input: its counter, and the start of its bytes with the access key ID's run lighting with its origin. */
function DerivationBody({ card, lang, title }: BodyProps) {
  return (
    <>
      {title}
      <Box className="dvalue dtext">{card.sourced && <Clip sourced={card.sourced} max={60} />}</Box>
      <Box className="dformula">{tx(lang, 'diagram.formula.derivation', { counter: card.explain?.params.counter ?? 1 })}</Box>
    </>
  );
}

/** SigV4a's public key: X and Y, each abbreviated, and where it comes from. */
function PublicKeyBody({ card, lang, title }: BodyProps) {
  const hex = card.value ?? '';
  return (
    <>
      {title}
      <span className="dparts">
        <span className="drow"><span className="drow-label">{t(lang, 'diagram.publicKey.x')}</span><Box className="drow-value">{abbreviateHex(hex.slice(2, 66))}</Box></span>
        <span className="drow"><span className="drow-label">{t(lang, 'diagram.publicKey.y')}</span><Box className="drow-value">{abbreviateHex(hex.slice(66))}</Box></span>
      </span>
      <Box className="dformula">{filled(tx(lang, 'diagram.formula.publicKey'), { d: stageTitle(lang, 'privateKey') })}</Box>
    </>
  );
}

/** The Authorization header: its four parts, each in its colour, each naming itself. */
function AuthorizationBody(props: BodyProps) {
  const { card, title } = props;
  const s = card.sourced;
  const parts = s ? splitAuthorization(s.text) : null;
  if (!s || !parts) return <TextBody {...props} />;
  return (
    <>
    {title}
    <span className="dchips">
      {parts.map(({ part, text, start }) => {
        const at = start + text.length;
        return (
          // Each part names itself (Credential=…, SignedHeaders=…, Signature=…; the algorithm is its own name).
          <Box key={part} className="dchip" part={part}>
            <Clip sourced={sliceSourced(s, start, at)} />
          </Box>
        );
      })}
    </span>
    </>
  );
}

/** Other text (the presigned URL, the signed request): its start. */
function TextBody({ card, title }: BodyProps) {
  return (
    <>
      {title}
      <Box className="dvalue dtext">{card.sourced && <Clip sourced={card.sourced} />}</Box>
    </>
  );
}

interface BodyProps {
  readonly id: StageId;
  readonly card: StageCard;
  readonly lang: Lang;
  /** The stages painted as changed. */
  readonly changed: readonly StageId[];
  /** The node's title, which the body places (beside a digest's value, above text). */
  readonly title: ReactNode;
}

const BODY = {
  canonical: CanonicalBody,
  text: TextBody,
  authorization: AuthorizationBody,
  digest: ComputedBody,
  secret: ComputedBody,
  key: ComputedBody,
  private: ComputedBody,
  'ecdsa-key': ComputedBody,
  part: TextBody,
} as const satisfies Record<StageView, (props: BodyProps) => ReactNode>;

/** Stages drawn otherwise than their view's body. */
const OWN_BODY: Partial<Record<StageId, (props: BodyProps) => ReactNode>> = { stringToSign: StringToSignBody, derivationInput: DerivationBody, publicKey: PublicKeyBody };

const NO_STAGES: readonly StageId[] = [];
const STATE_ICON = { ok: '', changed: '≠', error: '⚠', pending: '…' } as const satisfies Record<NodeState, string>;

/** The node of a stage: its title, its state, its value, selected or not, lit while the walkthrough computes it. */
export const DiagramNode = memo(function DiagramNode({ id, area }: { id: StageId; area: string }) {
  const lang = useStore((s) => s.prefs.lang);
  const card = useStore((s) => s.lab.stages?.[id]);
  const selected = useStore((s) => s.lab.selected === id);
  const walkStep = useStore((s) => s.lab.walkStep);
  const changed = useStore((s) => (s.lab.painting?.status === 'painted' ? s.lab.painting.changed : NO_STAGES));
  const first = useStore((s) => s.lab.painting?.status === 'painted' && s.lab.painting.changed.find((c) => STAGES[c].card) === id);
  const lit = useStore((s) => s.lab.focus !== null && (s.lab.stages?.[id]?.sourced?.segments.some((g) => originMatches(g.origin, s.lab.focus)) ?? false));
  const select = useStore((s) => s.select);
  const setFocus = useStore((s) => s.setFocus);
  const ref = useRef<HTMLButtonElement>(null);
  const algorithm = useStore((s) => s.lab.inputs.algorithm);
  const revealed = revealedStages(walkStep, algorithm);
  const current = walkStep !== null && walkStep > 0 && walkSteps(algorithm)[walkStep - 1]?.stage === id;
  const state = nodeState(card, revealed === null || revealed.has(id), changed.includes(id));
  const reason = useReasonText(card && state === 'error' ? (card.unavailable ?? 'fields') : null);
  // The node being computed is always on screen, inside the diagram's panel if it scrolls.
  useEffect(() => {
    if (current) ref.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  const { view, testId } = STAGES[id];
  const Body = OWN_BODY[id] ?? BODY[view];
  const heading = <span className="dnode-title">{stageTitle(lang, id)}</span>;
  return (
    <button
      ref={ref}
      type="button"
      className={`dnode dnode-${view}${selected ? ' selected' : ''}${current ? ' current' : ''}${lit ? ' lit' : ''}`}
      style={{ gridArea: area }}
      data-end={id}
      data-testid={`diagram-node-${testId}`}
      data-state={state}
      data-current={current ? 'true' : 'false'}
      data-first={first ? 'true' : undefined}
      data-lit={lit ? 'true' : undefined}
      data-part={id === 'signature' ? 'signature' : undefined}
      aria-pressed={selected}
      onClick={() => select(id)}
      onMouseLeave={() => setFocus(null)}
    >
      {card && state !== 'error' ? (
        <Body id={id} card={card} lang={lang} changed={changed} title={heading} />
      ) : (
        <>
          {heading}
          {card && <span className="dreason">{reason}</span>}
        </>
      )}
      <span className="dbadges">
        {current && <span className="dbadge dbadge-current">▶ {t(lang, 'diagram.current')}</span>}
        {state !== 'ok' && (
          <span className={`dbadge dbadge-${state}`}>
            <span aria-hidden="true">{STATE_ICON[state]}</span> {t(lang, first && state === 'changed' ? 'diagram.state.first' : `diagram.state.${state}`)}
          </span>
        )}
      </span>
    </button>
  );
});
