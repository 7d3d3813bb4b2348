/** A minimal XML reader for tests (no DOM here): checks nesting and lists element paths and their text. */

/** What a document holds: its root, the root's xmlns, and the text of each element path. */
export interface XmlSummary {
  readonly root: string;
  readonly namespace: string | null;
  /** Every element path, `A/B/C`, in document order. */
  readonly paths: readonly string[];
  /** The text content of leaf elements by path (the first one of a repeated path). */
  readonly text: ReadonlyMap<string, string>;
}

/** Reads a document; throws when tags do not nest. */
export function readXml(xml: string): XmlSummary {
  const stack: string[] = [];
  const paths: string[] = [];
  const text = new Map<string, string>();
  let root = '';
  let namespace: string | null = null;
  const tag = /<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(tag)) {
    const [, close, name, attrs, selfClose, chars] = m;
    if (chars !== undefined) {
      if (chars.trim() !== '' && stack.length > 0) {
        const p = stack.join('/');
        if (!text.has(p)) text.set(p, chars);
      }
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? ''}>`);
      continue;
    }
    if (stack.length === 0) {
      if (root) throw new Error('a second root element');
      root = name!;
      namespace = /xmlns="([^"]*)"/.exec(attrs ?? '')?.[1] ?? null;
    }
    stack.push(name!);
    paths.push(stack.join('/'));
    if (selfClose) stack.pop();
  }
  if (stack.length > 0) throw new Error(`<${stack.join('/')}> is never closed`);
  return { root, namespace, paths, text };
}
