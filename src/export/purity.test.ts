/** Pure TypeScript: no React, DOM or store; the core only through its door '../sigv4' (architecture practice 1). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('./', import.meta.url));
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('test-'))
  .map((f) => [f, readFileSync(dir + f, 'utf8')] as const);

describe('purity', () => {
  it.each(sources)('%s imports only its folder, the core door and @noble/hashes', (_file, text) => {
    const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    for (const spec of imports) expect(spec === '../sigv4' || /^\.\/[\w.-]+$/.test(spec) || spec.startsWith('@noble/hashes/'), spec).toBe(true);
    expect(text).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator|fetch)\s*[.(]/);
  });
});
