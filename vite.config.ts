/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { APP_CSP, injectCspMeta } from './scripts/csp.js';

/**
 * The served build's Content-Security-Policy (scripts/csp.ts), as a meta in the built index.html.
 * Build only: the dev server injects <style> elements and an inline HMR client, which it would block.
 */
function appCsp(): Plugin {
  return {
    name: 'iam-role-journey:csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => injectCspMeta(html, APP_CSP) },
  };
}

/**
 * Two builds. `vite build` (mode production): `dist/`, files under any sub-path (base './'), the worker
 * as its own file, CSP meta above. `vite build --mode single` (`npm run build:single`): one HTML file in
 * `dist-single/` with every script, style sheet and the hashing worker inlined; its hash-based CSP and
 * inlined favicon are added afterwards by scripts/single-file.ts, once the HTML is final.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [react(), single ? viteSingleFile() : appCsp()],
    resolve: single
      ? {
          // The hashing worker (src/store/body-hasher.ts) inside the page, as a blob: URL.
          alias: [{ find: /^(.*\/sha256\.worker\.ts)\?worker$/, replacement: '$1?worker&inline' }],
        }
      : undefined,
    build: single
      ? {
          outDir: 'dist-single',
          // The favicon is inlined by scripts/single-file.ts; nothing else may sit beside the file.
          copyPublicDir: false,
          // No <link rel=modulepreload> can exist in one file: leave out the polyfill that would look.
          modulePreload: { polyfill: false },
        }
      : undefined,
    test: {
      environment: 'node',
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
      setupFiles: ['test/settle-chunks.ts'],
      // Property tests (fast-check) run many cases; FUZZ_RUNS raises their count further.
      testTimeout: 60_000,
    },
  };
});
