/** Every curl error names the line and column of the command where it went wrong. */
import { describe, expect, it } from 'vitest';
import { SigV4Error } from '../sigv4';
import { importRequest } from './import-request';
import { importErrorOf } from './test-support/helpers';

describe('curl errors: line and column in the command', () => {
  it.each([
    // [command, expected, line, column, found]
    [`curl 'https://h/`, 'closing-quote', 1, 6, "'"],
    [`curl https://h/ \\\n  -H "X-A: 1`, 'closing-quote', 2, 6, '"'],
    [`curl https://h/ -d $'abc`, 'closing-quote', 1, 20, "$'"],
    [`curl -s -v`, 'url', 1, 11, ''],
    [`curl -H 'X-A: 1' \\\n  `, 'url', 1, 17, ''],
    [`curl https://h/ -H`, 'flag-value', 1, 19, ''],
    [`curl https://h/ \\\n  --header`, 'flag-value', 2, 11, ''],
    [`curl https://h/ -H 'NoColon'`, 'header-colon', 1, 28, ''],
    [`curl https://h/ -H 'Bad Name: x'`, 'header-colon', 1, 24, ' '],
    [`curl https://h/ -H $'X: a\\nb'`, 'single-line-header', 1, 26, '\n'],
    [`curl https://h/ -H @headers.txt`, 'data-file', 1, 20, '@headers.txt'],
    [`curl https://h/ -d @body.json`, 'data-file', 1, 20, '@body.json'],
    [`curl https://h/ --data-binary @-`, 'data-file', 1, 31, '@-'],
    [`curl https://h/ --json @x`, 'data-file', 1, 24, '@x'],
    [`curl https://h/ --data-urlencode 'name@file'`, 'data-file', 1, 39, '@file'],
    [`curl https://h/ -T file.bin`, 'data-file', 1, 20, 'file.bin'],
    [`curl https://h/ -F 'a=b'`, 'form-data', 1, 17, '-F'],
    [`curl https://h/ -u AKIDONLY`, 'user-format', 1, 28, ''],
    [`curl https://h/ -u :secret`, 'user-format', 1, 20, ':'],
    [`curl https://h/ --aws-sigv4 'aws::us-east-1'`, 'aws-sigv4-format', 1, 34, ':'],
    [`curl https://h/ --aws-sigv4 'a:b:c:d:e'`, 'aws-sigv4-format', 1, 37, ':e'],
    [`curl https://h/ --aws-sigv4 ''`, 'aws-sigv4-format', 1, 29, ''],
    [`curl https://h/ https://other/`, 'one-url', 1, 17, 'https://other/'],
    [`curl -X POST https://h/ data`, 'one-url', 1, 25, 'data'],
    [`curl ftp://h/`, 'url-scheme', 1, 6, 'ftp://'],
    [`curl https://h:80x/`, 'url-port', 1, 15, ':80x'],
    [`curl https:///path`, 'url', 1, 14, '/'],
    [`curl -I -d a=1 https://h/`, 'one-method', 1, 6, '-I'],
    [`curl https://h/?a=1&b=2`, 'quoted-operator', 1, 20, '&'],
    [`curl https://h/\n-H 'X: y'`, 'line-continuation', 1, 16, '\n'],
    [`wget https://h/`, 'http-version', 1, 16, ''],
  ])('%j → %s at %i:%i', (cmd, expected, line, column, found) => {
    let err: unknown;
    try {
      importRequest(cmd);
    } catch (e) {
      err = e;
    }
    if (err instanceof SigV4Error) {
      // `wget …` is not curl: read as raw HTTP, the core's own error comes through unchanged.
      expect([err.expected, err.line, err.column, err.found]).toEqual([expected, line, column, found]);
      return;
    }
    const e = importErrorOf(() => {
      throw err;
    });
    expect({ expected: e.expected, line: e.line, column: e.column, found: e.found, kind: e.kind }).toEqual({ expected, line, column, found, kind: 'curl' });
    expect(e.offset).toBeLessThanOrEqual(cmd.length);
  });

  it("the core's errors in the synthesized request point into the command", () => {
    // -X value with a space: the core reads the method "GE", then a target that does not start with /.
    const e = importErrorOf(() => importRequest(`curl -X 'GE T' https://h/`));
    expect([e.expected, e.line, e.column]).toEqual(['request-target', 1, 13]);
    const star = importErrorOf(() => importRequest(`curl --request-target '*' https://h/`));
    expect([star.expected, star.column, star.found]).toEqual(['request-target', 24, '*']);
    const name = importErrorOf(() => importRequest(`curl https://h/ \\\n  -H 'Bad"Name: x'`));
    expect([name.expected, name.line, name.column]).toEqual(['header-name', 2, 10]);
    expect(name.cause).toBeInstanceOf(SigV4Error);
  });
  // What the messages say, in words, is checked beside the catalogue (content/describe.test.ts).
});
