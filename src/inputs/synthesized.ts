/** Parsing a request an importer synthesized: the core's errors point into the synthesized text, the user's into the paste. */
import { parseRequest, SigV4Error, type RequestModel } from '../sigv4';
import { ImportError } from './errors';
import { toInputOffset, type OffsetMap } from './offset-map';

/** parseRequest of synthesized text; a SigV4Error becomes an ImportError at the mapped input position. */
export function parseSynthesized(input: string, kind: 'curl' | 'url', text: string, map: OffsetMap): RequestModel {
  try {
    return parseRequest(text);
  } catch (e) {
    if (!(e instanceof SigV4Error)) throw e;
    const at = toInputOffset(map, e.offset ?? 0);
    throw new ImportError(kind, input, at, e.expected, e.found, e);
  }
}
