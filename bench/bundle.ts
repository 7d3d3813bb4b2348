/**
 * Builds bench/subjects.ts into one ES module with esbuild — no name-keeping, no minification, the
 * dependencies (@noble/hashes) left as imports — under node_modules/.cache/bench/, and loads it. The
 * timed runs call this bundle, so our core runs as plain JavaScript, like the app's build and like
 * the peers' published packages; under tsx each closure it creates would also call tsx's `__name`.
 * `fileOf` maps a line of the bundle back to its source file (esbuild marks each with a comment).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as Subjects from './subjects';

export type { Subjects };

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}node_modules/.cache/bench/subjects.mjs`;

/** The bundle's exports, its URL, and where each of its lines came from. */
export interface Bundle {
  readonly subjects: typeof Subjects;
  readonly url: string;
  /** The source file (relative to the project) of a 0-based line of the bundle. */
  readonly fileOf: (line: number) => string;
  /** Whether this is the bundle (true) or, the build having failed, the source as tsx loads it. */
  readonly bundled: boolean;
}

let loaded: Promise<Bundle> | undefined;

async function load(): Promise<Bundle> {
  try {
    mkdirSync(`${ROOT}node_modules/.cache/bench`, { recursive: true });
    await build({
      entryPoints: [`${ROOT}bench/subjects.ts`],
      outfile: OUT,
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      packages: 'external',
      keepNames: false,
      minify: false,
      logLevel: 'error',
    });
  } catch (e) {
    console.log(`(esbuild failed, timing the source as tsx loads it: ${(e as Error).message})`);
    const subjects = await import('./subjects');
    return { subjects, url: '', fileOf: () => '', bundled: false };
  }
  const marks: [number, string][] = [];
  readFileSync(OUT, 'utf8').split('\n').forEach((text, i) => {
    const m = /^\/\/ ((?:src|bench)\/\S+\.tsx?)$/.exec(text);
    if (m) marks.push([i, m[1]!]);
  });
  const url = `${pathToFileURL(OUT).href}?${Date.now()}`;
  const subjects = (await import(url)) as typeof Subjects;
  const fileOf = (line: number): string => {
    let file = '';
    for (const [at, f] of marks) {
      if (at > line) break;
      file = f;
    }
    return file;
  };
  return { subjects, url: url.replace(/\?.*$/, ''), fileOf, bundled: true };
}

/** The subjects bundle, built once per run. */
export function bundle(): Promise<Bundle> {
  loaded ??= load();
  return loaded;
}
