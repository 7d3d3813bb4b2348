import { describe, expect, it } from 'vitest';
import { parseCurlArgs } from './curl-args';
import { shellWords } from './shell-words';
import { importErrorOf } from './test-support/helpers';

const parse = (cmd: string) => parseCurlArgs(cmd, shellWords(cmd));

describe('parseCurlArgs', () => {
  it('short options cluster; a value-taking letter takes the rest of the word', () => {
    const c = parse(`curl -sSLXPOST -sHX-A:1 -GId a=1 https://h/`);
    expect(c.method?.value.text).toBe('POST');
    expect(c.headers.map((h) => h.value.text)).toEqual(['X-A:1']);
    expect(c.get).toBe(true);
    expect(c.head?.flag).toBe('-I');
    expect(c.data.map((d) => [d.kind, d.arg.value.text])).toEqual([['data', 'a=1']]);
    expect(c.urls.map((u) => u.value.text)).toEqual(['https://h/']);
  });
  it('a value-taking letter at the end of a cluster takes the next word', () => {
    const c = parse(`curl -sX PUT -kH 'A: b' https://h/`);
    expect([c.method?.value.text, c.headers[0]?.value.text]).toEqual(['PUT', 'A: b']);
  });
  it('values of options the importer ignores are not URLs', () => {
    const c = parse(`curl -o out --output-dir d --connect-timeout 5 --max-time 9 -w x --cert c --resolve h:443:1.2.3.4 --limit-rate 1k --expand-url https://h/`);
    expect(c.urls.map((u) => u.value.text)).toEqual(['https://h/']);
  });
  it('data flavours are told apart', () => {
    const c = parse(`curl --data-raw a --data-binary b --data-ascii c --data-urlencode d --json e https://h/`);
    expect(c.data.map((d) => d.kind)).toEqual(['raw', 'data', 'data', 'urlencode', 'json']);
  });
  it('an option value that looks like an option is still its value', () => {
    expect(parse(`curl -d -v https://h/`).data[0]!.arg.value.text).toBe('-v');
  });
  it('the first word must be curl', () => {
    const e = importErrorOf(() => parse(`wget https://h/`));
    expect([e.expected, e.column, e.found]).toEqual(['curl-command', 1, 'wget']);
  });
});
