/** The importer registry: one entry per kind, tried in order, the raw-HTTP fallback last. */
import { describe, expect, it } from 'vitest';
import { detectInputKind } from './detect';
import { IMPORTERS } from './importers';
import { imported } from './test-support/helpers';

describe('IMPORTERS', () => {
  it('has each kind once, and only the last accepts anything', () => {
    expect(new Set(IMPORTERS.map((i) => i.kind)).size).toBe(IMPORTERS.length);
    expect(IMPORTERS.at(-1)!.detect('anything at all')).toBe(true);
    for (const i of IMPORTERS.slice(0, -1)) expect(i.detect('anything at all'), i.kind).toBe(false);
  });

  it.each([
    ['curl', "curl -d a=1 -H 'X-A: 1' https://iam.amazonaws.com/"],
    ['url', 'https://iam.amazonaws.com/?Action=ListUsers'],
    ['http', 'GET / HTTP/1.1\nHost: h\nSec-Fetch-Mode: cors\nUser-Agent: x\n'],
  ] as const)('%s: detect picks it, and the import leaves unsigned exactly the headers `signs` refuses', (kind, text) => {
    expect(detectInputKind(text)).toBe(kind);
    const importer = IMPORTERS.find((i) => i.kind === kind)!;
    const signs = importer.signs(importer.import(text));
    const r = imported(text);
    const names = [...new Set(r.request.headers.map((h) => h.name.text.toLowerCase()))];
    expect(r.unsigned).toEqual(names.filter((n) => !signs(n)));
  });
});
