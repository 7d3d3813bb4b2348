/** Practice 1: the signing core imports no React, DOM, store or UI: only itself, src/text and @noble/hashes. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folders = ['.', '../text'].map((f) => fileURLToPath(new URL(f + '/', import.meta.url)));
const sources = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: f, text: readFileSync(dir + f, 'utf8') })),
);

describe('the signing core is pure', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(15);
  });
  it.each(sources.map((s) => [s.file, s.text] as const))('%s imports only the core and @noble/hashes', (_file, text) => {
    const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const spec of imports) {
      const ok = spec.startsWith('./') || spec === '../text/line-column' || spec === '../text/json' || spec.startsWith('@noble/hashes/');
      expect(ok, `import of ${spec}`).toBe(true);
    }
    expect(text).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|fetch)\s*[.(]/);
  });
});
