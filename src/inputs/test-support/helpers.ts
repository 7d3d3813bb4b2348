/** Helpers shared by this folder's tests (not exported through the door). */
import { expect } from 'vitest';
import { ImportError } from '../errors';
import { importRequest } from '../import-request';
import type { RequestImport } from '../types';

/** importRequest for a paste that must yield a request. */
export function imported(text: string): RequestImport {
  const r = importRequest(text);
  if (r.kind === 'empty') throw new Error('expected a request');
  return r;
}

/** The headers of an import as [name, value] pairs, values as written. */
export function headerPairs(r: RequestImport): [string, string][] {
  return r.request.headers.map((h) => [h.name.text, h.value.map((v) => v.text).join('')]);
}

/** The ImportError `run` throws (fails the test when it throws nothing or something else). */
export function importErrorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError');
}
