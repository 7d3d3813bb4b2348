/**
 * Practice 1, for every pure folder at once: no React, DOM, store or UI; each folder imports only
 * itself and the doors it is allowed (the core only through '../sigv4'); time and randomness are
 * inputs (practice 4); files stay under 400 lines (practice 12).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const NOBLE = /^@noble\/hashes\/[\w.]+$/;
/** P-256, for SigV4a: only its own door (sigv4/p256.ts) may import it, so the page loads it on demand. */
const CURVES = /^@noble\/curves\/[\w./]+$/;
const TEXT = /^\.\.\/text\/[\w-]+$/;

/** Each pure folder and the imports it may make besides its own files. */
const FOLDERS: Record<string, (spec: string) => boolean> = {
  sigv4: (s) => NOBLE.test(s) || TEXT.test(s),
  text: () => false,
  inputs: (s) => s === '../sigv4' || TEXT.test(s),
  diagnose: (s) => s === '../sigv4' || NOBLE.test(s),
  export: (s) => s === '../sigv4' || NOBLE.test(s),
  flow: (s) => s === '../sigv4' || TEXT.test(s),
};

/** The code without comments and string literals, so prose about "documents" is not mistaken for the DOM. */
const codeOf = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

const sources = Object.entries(FOLDERS).flatMap(([folder, allowed]) => {
  const dir = fileURLToPath(new URL(`./${folder}/`, import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('test-'))
    .map((f) => ({ name: `${folder}/${f}`, text: readFileSync(dir + f, 'utf8'), allowed }));
});

describe('the pure folders are pure', () => {
  it('finds their sources', () => {
    expect(sources.length).toBeGreaterThan(100);
  });
  it.each(sources.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const imports = [...s.text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const spec of imports) if (!(s.name === 'sigv4/p256.ts' && CURVES.test(spec))) expect(/^\.\/[\w.-]+$/.test(spec) || s.allowed(spec), `import of ${spec}`).toBe(true);
    const code = codeOf(s.text);
    expect(code).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|fetch)\s*[.(]/);
    expect(code).not.toMatch(/Math\.random|Date\.now\(|new Date\(\)/);
    expect(s.text.split('\n').length).toBeLessThanOrEqual(400);
  });
});
