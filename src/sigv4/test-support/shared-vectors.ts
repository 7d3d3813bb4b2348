/** Locates ../shared/vectors beside the project; tests skip only when it is absent and CI is unset. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the shared vectors folder. */
export const VECTORS_DIR = fileURLToPath(new URL('../../../../shared/vectors', import.meta.url));

/** True when the vectors are there. Under CI their absence is a failure, not a skip. */
export function vectorsAvailable(): boolean {
  const there = existsSync(VECTORS_DIR);
  if (!there && process.env.CI) throw new Error(`CI is set but ${VECTORS_DIR} is missing`);
  return there;
}

/** Reads a vector file as text, or undefined when it does not exist. */
export function readVector(...parts: string[]): string | undefined {
  const p = join(VECTORS_DIR, ...parts);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

/** Names of the case folders under a vectors sub-folder, sorted. */
export function caseNames(...parts: string[]): string[] {
  const p = join(VECTORS_DIR, ...parts);
  if (!existsSync(p)) return [];
  return readdirSync(p, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}
