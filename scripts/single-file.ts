/**
 * The last step of `npm run build:single`, after `vite build --mode single` wrote dist-single/index.html
 * with everything inlined: puts the favicon in as a data: URL, checks that the folder holds that one
 * file and that the page refers to nothing outside itself, then adds the Content-Security-Policy meta
 * that allows exactly the page's inline scripts and styles by their SHA-256 (scripts/csp.ts).
 *
 * Usage: tsx scripts/single-file.ts [dir]   (default dist-single)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inlineCode, injectCspMeta, serializeCsp, sha256Source, singleFileCsp } from './csp';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, process.argv[2] ?? 'dist-single');
const file = join(dir, 'index.html');

const others = readdirSync(dir).filter((f) => f !== 'index.html');
if (others.length) fail(`${dir} should hold index.html alone, not also ${others.join(', ')}`);

let html = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');

// The favicon, from public/ (which this build does not copy), as a data: URL.
const icon = /(<link\b[^>]*\brel="icon"[^>]*\bhref=")([^"]+)(")/;
const m = icon.exec(html);
if (m) {
  const name = m[2]!.replace(/^\.?\//, '');
  const svg = readFileSync(join(root, 'public', name));
  html = html.replace(icon, `$1data:image/svg+xml;base64,${svg.toString('base64')}$3`);
}

// Nothing may point outside the file: every src/href is a data: URL or a fragment.
for (const ref of html.matchAll(/<(?:script|link|img|iframe|source|embed|object)\b[^>]*?\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
  if (!/^(?:data:|#)/i.test(ref[1]!)) fail(`the page still refers to ${ref[1]}`);
}

const code = inlineCode(html);
const scripts = code.filter((c) => c.tag === 'script').map((c) => sha256Source(c.text));
const styles = code.filter((c) => c.tag === 'style').map((c) => sha256Source(c.text));
if (!scripts.length) fail('no inline script found: was the build inlined?');
const csp = singleFileCsp([...new Set(scripts)], [...new Set(styles)]);
html = injectCspMeta(html, csp);

// The hashes are of the final text: parse the written page again and compare.
const again = inlineCode(html).map((c) => sha256Source(c.text));
if (again.join() !== code.map((c) => sha256Source(c.text)).join()) fail('the inline code changed while the policy was added');

writeFileSync(file, html);
const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
console.log(`${file}: ${kb} kB, ${scripts.length} inline script(s), ${styles.length} inline style(s)\nContent-Security-Policy: ${serializeCsp(csp)}`);

function fail(message: string): never {
  console.error(`single-file: ${message}`);
  process.exit(1);
}
