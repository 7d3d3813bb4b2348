/** Practice 1 for the importers: no React, DOM or store; the core only through its door. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('./', import.meta.url));
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: f, text: readFileSync(dir + f, 'utf8') }));

describe('src/inputs is pure', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });
  it.each(sources.map((s) => [s.file, s.text] as const))('%s imports only its folder, ../sigv4 and ../text/*', (_file, text) => {
    const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const spec of imports) {
      const ok = spec.startsWith('./') || spec === '../sigv4' || /^\.\.\/text\/[\w-]+$/.test(spec);
      expect(ok, `import of ${spec}`).toBe(true);
    }
    expect(text).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|fetch)\s*[.(]/);
  });
  it('no file is over 400 lines', () => {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      expect(readFileSync(dir + f, 'utf8').split('\n').length, f).toBeLessThanOrEqual(400);
    }
  });
});
