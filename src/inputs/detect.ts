/** Tells what was pasted into the lab's one textarea: the first importer that recognises it. */
import { IMPORTERS } from './importers';
import type { InputKind } from './types';

/** 'empty' for blank text, else the kind of the first importer whose `detect` accepts the trimmed text. */
export function detectInputKind(text: string): InputKind {
  return importerFor(text)?.kind ?? 'empty';
}

/** The importer for a paste; undefined for blank text. */
export function importerFor(text: string): (typeof IMPORTERS)[number] | undefined {
  const t = text.trim();
  return t === '' ? undefined : IMPORTERS.find((i) => i.detect(t));
}
