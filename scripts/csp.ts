/**
 * The Content-Security-Policies of the two builds and the helpers that write them into the HTML.
 * Used by vite.config.ts (the served build, `dist/`) and scripts/single-file.ts (the one-file build,
 * `dist-single/index.html`). Both are `<meta http-equiv>` policies, so they cannot carry
 * frame-ancestors, report-uri or sandbox (browsers ignore those in a meta).
 */
import { createHash } from 'node:crypto';

/** A policy: directive name to its source list. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The served build (`npm run build`): every script, style sheet and the worker are files of the app's
 * own origin. Nothing is relaxed: the app puts no inline <script> or <style> in the page and sets no
 * style attribute text (React and @xyflow/react style through the CSSOM, `element.style.x = …`, which
 * CSP does not govern; the flow graph's CSS is imported into the bundled style sheet). The app makes
 * no request at all, hence connect-src 'none'. img-src keeps data: for SVG/PNG data URLs in CSS.
 */
export const APP_CSP: CspDirectives = {
  'default-src': ["'self'"],
  'connect-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The single file (`npm run build:single`), opened from file:// with no server: nothing is loaded from
 * anywhere, so default-src is 'none' (a file: page's 'self' would match any local file). Only the
 * inlined script(s) and style sheet(s) run, each allowed by the SHA-256 of its exact text. The hashing
 * worker is inlined by Vite as a blob: URL (`?worker&inline`), hence worker-src blob:. The favicon is
 * a data: URL, hence img-src data:.
 */
export function singleFileCsp(scriptHashes: readonly string[], styleHashes: readonly string[]): CspDirectives {
  return {
    'default-src': ["'none'"],
    'connect-src': ["'none'"],
    'script-src': scriptHashes.length ? scriptHashes : ["'none'"],
    'style-src': styleHashes.length ? styleHashes : ["'none'"],
    'img-src': ['data:'],
    'worker-src': ['blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

/** The policy as one header value: `name source source; name source`. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The CSP source expression allowing inline code whose text is exactly `text`: `'sha256-<base64>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const CSP_META_RE = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i;
const CHARSET_RE = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;

/**
 * Puts `<meta http-equiv="Content-Security-Policy">` right after `<meta charset>`, so that it comes
 * before every script and style of the page (a meta policy only governs what follows it).
 */
export function injectCspMeta(html: string, directives: CspDirectives): string {
  if (CSP_META_RE.test(html)) throw new Error('the page already has a Content-Security-Policy meta');
  const charset = CHARSET_RE.exec(html);
  if (!charset) throw new Error('the page has no <meta charset> to put the Content-Security-Policy after');
  const policy = serializeCsp(directives);
  if (/["<>&]/.test(policy)) throw new Error(`policy text would need escaping: ${policy}`);
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />${html.slice(at)}`;
}

/** One inline element's raw text as the HTML parser hands it to the browser. */
export interface InlineCode {
  readonly tag: 'script' | 'style';
  readonly text: string;
}

/**
 * Every inline `<script>` (one without src) and `<style>` of a page, in order, with its exact text.
 * Scans tag by tag and skips each element's whole raw text, so code that mentions "<script" inside a
 * string is never taken for a tag. Throws on what a hash could not allow: inline event handlers,
 * style attributes, javascript: URLs, text a browser would rewrite before hashing (CR, NUL), or a
 * closing tag the parser would see inside the code.
 */
export function inlineCode(html: string): InlineCode[] {
  if (/[\r\0]/.test(html)) throw new Error('the page has CR or NUL characters: the browser would hash a different text');
  const found: InlineCode[] = [];
  const open = /<(script|style)\b([^>]*)>/gi;
  let at = 0;
  for (;;) {
    open.lastIndex = at;
    const m = open.exec(html);
    const markupEnd = m ? m.index : html.length;
    checkMarkup(html.slice(at, markupEnd));
    if (!m) break;
    const tag = m[1]!.toLowerCase() as 'script' | 'style';
    const attrs = m[2] ?? '';
    checkMarkup(`<${tag}${attrs}>`);
    const textStart = m.index + m[0].length;
    const close = new RegExp(`</${tag}[\\s/>]`, 'ig');
    close.lastIndex = textStart;
    const c = close.exec(html);
    if (!c) throw new Error(`unclosed <${tag}>`);
    const text = html.slice(textStart, c.index);
    if (tag === 'script' && /<!--/.test(text)) throw new Error('an inline script contains "<!--", which changes how the parser ends it');
    const external = tag === 'script' && /\ssrc\s*=/i.test(attrs);
    if (external && text.trim() !== '') throw new Error('a <script src> with inline text');
    if (!external) found.push({ tag, text });
    const closeEnd = html.indexOf('>', c.index);
    at = closeEnd + 1;
  }
  return found;
}

/** Markup outside scripts and styles: nothing there may need 'unsafe-inline' or 'unsafe-hashes'. */
function checkMarkup(markup: string): void {
  if (/<[^>]*\son\w+\s*=/i.test(markup)) throw new Error('the page has an inline event handler attribute');
  if (/<[^>]*\sstyle\s*=/i.test(markup)) throw new Error('the page has a style attribute');
  if (/javascript:/i.test(markup)) throw new Error('the page has a javascript: URL');
}
