/**
 * A name that wraps between words only. Japanese has no spaces: its words come from the browser's
 * own word segmenter (Intl.Segmenter, ICU's dictionary: インスタンス|メタデータ|サービス), a
 * particle or an inflection staying with the word before it, and the view allows a break between
 * them alone (`word-break: keep-all` in flow-graph.css). Other languages break at their spaces.
 */
import { Fragment, memo } from 'react';

const SEGMENTERS = new Map<string, Intl.Segmenter>();
/** What stays with the word before it: particles and endings (kana), a one-character suffix (処理|中, 一時|的), spaces and closing marks. */
const TAIL = /^(?:[\u3040-\u309f]+|[中的用済]|[\s)）」』、。,.]+)$/;
/** What goes with the word after it: opening marks. */
const HEAD = /^[(（「『]+$/;

/** The phrases of a text in a language: words, each with the particles and endings that follow it. */
export function phrasesOf(text: string, lang: string): string[] {
  if (lang !== 'ja' || typeof Intl.Segmenter !== 'function') return [text];
  if (!SEGMENTERS.has(lang)) SEGMENTERS.set(lang, new Intl.Segmenter(lang, { granularity: 'word' }));
  const out: string[] = [];
  let open = '';
  for (const { segment } of SEGMENTERS.get(lang)!.segment(text)) {
    if (HEAD.test(segment)) open += segment;
    else if (out.length > 0 && !open && TAIL.test(segment)) out[out.length - 1] += segment;
    else {
      out.push(open + segment);
      open = '';
    }
  }
  if (open) out.push(open);
  return out;
}

function PhrasesImpl({ text, lang }: { readonly text: string; readonly lang: string }) {
  const phrases = phrasesOf(text, lang);
  return (
    <>
      {phrases.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </>
  );
}

/** Memoised: the same name is segmented once. */
export const Phrases = memo(PhrasesImpl);
