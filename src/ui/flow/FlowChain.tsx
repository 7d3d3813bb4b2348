/**
 * The SDK's credential provider chain, in front of the journey (issue 13): one item per provider in
 * the order the SDK asks them, each answered, skipped or not reached, with an icon and a word (never
 * colour alone) and why. The strip sits in the timeline's row; before the first step the message
 * panel lists every provider with its reason (ChainReasons). Its words are the views section's,
 * loaded with this chunk.
 */
import { useMemo } from 'react';
import { tx } from '../../content/i18n';
import { chainOf, type ChainItem, type ChainOutcome, type ChainState } from '../../flow';
import { useStore } from '../../store';

const ICONS: Readonly<Record<ChainState, string>> = { answered: '✓', skipped: '✗', 'not-reached': '·' };

/** A reason in the reader's language; `after-answer` names the provider that answered. */
function reasonText(lang: ReturnType<typeof useStore.getState>['prefs']['lang'], item: ChainItem): string {
  const params = { ...item.reason.params };
  if (item.reason.id === 'after-answer' && params.provider) params.provider = tx(lang, `chain.${params.provider}` as 'chain.imds');
  return tx(lang, `chain.reason.${item.reason.id}`, params);
}

/** The strip: `flow-chain`, and `flow-chain-<id>` with `data-state` for each provider. */
export function FlowChain() {
  const lang = useStore((s) => s.prefs.lang);
  const model = useStore((s) => s.flow.model);
  const chain = useMemo(() => chainOf(model), [model]);
  return (
    <ol className="flow-chain" data-testid="flow-chain" aria-label={tx(lang, 'chain.title')} data-answered={chain.answeredBy ?? 'none'}>
      <li className="chain-label" aria-hidden="true">
        {tx(lang, 'chain.strip')}
      </li>
      {chain.items.map((item, i) => {
        const name = tx(lang, `chain.${item.id}`);
        const why = reasonText(lang, item);
        return (
          <li key={item.id} className={`chain-item ${item.state}`} data-testid={`flow-chain-${item.id}`} data-state={item.state} title={`${i + 1}. ${name}: ${why}`}>
            <span className="chain-icon" aria-hidden="true">
              {ICONS[item.state]}
            </span>
            <span className="chain-name">{tx(lang, `chain.short.${item.id}`)}</span>
            <span className="visually-hidden">
              {' '}
              {name} ({tx(lang, `chain.state.${item.state}`)}): {why}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Before the first step, in the message panel: the current flow's chain with its reasons. */
export function FlowChainReasons() {
  const model = useStore((s) => s.flow.model);
  const chain = useMemo(() => chainOf(model), [model]);
  return <ChainReasons chain={chain} />;
}

/** Before the first step: every provider in order, with what it looked for and found. */
export function ChainReasons({ chain }: { readonly chain: ChainOutcome }) {
  const lang = useStore((s) => s.prefs.lang);
  return (
    <section className="chain-reasons" data-testid="flow-chain-reasons" aria-label={tx(lang, 'chain.title')}>
      <h4>{tx(lang, 'chain.title')}</h4>
      <ol>
        {chain.items.map((item) => (
          <li key={item.id} className={`chain-item ${item.state}`} data-state={item.state}>
            <span className="chain-icon" aria-hidden="true">
              {ICONS[item.state]}
            </span>{' '}
            <strong>{tx(lang, `chain.${item.id}`)}</strong> <span className="chain-state">({tx(lang, `chain.state.${item.state}`)})</span>: {reasonText(lang, item)}
          </li>
        ))}
      </ol>
    </section>
  );
}
