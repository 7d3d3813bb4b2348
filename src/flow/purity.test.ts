/** Practice 1: the flow model imports no React, DOM, store or UI: only itself, the core's door and src/text. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('./', import.meta.url));
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => ({ file: f, text: readFileSync(dir + f, 'utf8') }));
/** The code without comments and string literals, so prose about "documents" is not mistaken for the DOM. */
const codeOf = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
const ALLOWED = new Set(['../sigv4', '../text/json', '../text/line-column']);

describe('the flow model is pure', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(20);
  });
  it.each(sources.map((s) => [s.file, s.text] as const))('%s imports only ./, the core door and src/text', (_file, text) => {
    const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const spec of imports) expect(spec.startsWith('./') || ALLOWED.has(spec), `import of ${spec}`).toBe(true);
    const code = codeOf(text);
    expect(code).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|fetch)\s*[.(]/);
    expect(code).not.toMatch(/Math\.random|Date\.now\(|new Date\(\)/);
  });
  it('keeps files near 150 lines, none over 400', () => {
    for (const s of sources) expect(s.text.split('\n').length, s.file).toBeLessThanOrEqual(400);
  });
});
