/** Helpers shared by this folder's tests (not exported through the door). */
import { expect } from 'vitest';
import { EchoError, ImportError, type InputError } from '../errors';
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

/** The error of class `type` that `run` throws (fails the test when it throws nothing or something else). */
function errorOf<E extends InputError>(type: new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
    return e as E;
  }
  throw new Error(`expected an ${type.name}`);
}

/** The ImportError `run` throws (fails the test when it throws nothing or something else). */
export function importErrorOf(run: () => unknown): ImportError {
  return errorOf(ImportError, run);
}

/** The EchoError `run` throws (fails the test when it throws nothing or something else). */
export function echoErrorOf(run: () => unknown): EchoError {
  return errorOf(EchoError, run);
}
