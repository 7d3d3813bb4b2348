import { describe, expect, it } from 'vitest';
import { headerPairs, imported } from './test-support/helpers';

const http = (cmd: string): string => imported(cmd).httpText;

describe('curl: method, URL and target', () => {
  it.each([
    [`curl https://h.example/p`, 'GET /p HTTP/1.1\nHost: h.example\nAccept: */*\n'],
    [`curl https://h.example`, 'GET / HTTP/1.1\nHost: h.example\nAccept: */*\n'],
    [`curl 'https://h.example?x=1#frag'`, 'GET /?x=1 HTTP/1.1\nHost: h.example\nAccept: */*\n'],
    [`curl h.example/p`, 'GET /p HTTP/1.1\nHost: h.example\nAccept: */*\n'],
    [`curl -X PUT https://h/p`, 'PUT /p HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl -XDELETE https://h/p`, 'DELETE /p HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl --request PATCH --url https://h/p`, 'PATCH /p HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl -I https://h/p`, 'HEAD /p HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl --head https://h/p`, 'HEAD /p HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl -X GET -X POST https://h/`, 'POST / HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl https://h:443/ `, 'GET / HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl http://h:80/`, 'GET / HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl https://h:8443/`, 'GET / HTTP/1.1\nHost: h:8443\nAccept: */*\n'],
    [`curl 'https://[::1]:8080/x'`, 'GET /x HTTP/1.1\nHost: [::1]:8080\nAccept: */*\n'],
    [`curl https://h/a/./b/../c`, 'GET /a/c HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl --path-as-is https://h/a/./b/../c`, 'GET /a/./b/../c HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl 'https://h/a%3Db?x=%2F&y'`, 'GET /a%3Db?x=%2F&y HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl --request-target '/other?x' https://h/p`, 'GET /other?x HTTP/1.1\nHost: h\nAccept: */*\n'],
    [`curl --url-query 'a=b c' --url-query '+d=e f' https://h/?z`, 'GET /?z&a=b+c&d=e f HTTP/1.1\nHost: h\nAccept: */*\n'],
  ])('%s', (cmd, want) => {
    expect(http(cmd)).toBe(want);
  });
  it('tolerates a leading prompt, blank lines and a full path to curl', () => {
    expect(http(`\n  $ /usr/bin/curl https://h/`)).toBe('GET / HTTP/1.1\nHost: h\nAccept: */*\n');
    expect(http(`curl.exe https://h/`)).toBe('GET / HTTP/1.1\nHost: h\nAccept: */*\n');
  });
  it('ignores switches and skips the values of value-taking options', () => {
    const cmd = `curl -s -v -k -L --compressed -i -sSL -o out.json --connect-timeout 5 -m 10 --retry 3 -w '%{http_code}' -x http://proxy:3128 --cacert ca.pem -A agent https://h/`;
    expect(http(cmd)).toBe('GET / HTTP/1.1\nHost: h\nUser-Agent: agent\nAccept: */*\n');
  });
});

describe('curl: headers', () => {
  it('keeps -H headers in order, as written', () => {
    const r = imported(`curl -H 'X-B: 2' --header "x-a:1" -H 'X-B:  3 ' https://h/`);
    expect(headerPairs(r)).toEqual([['Host', ' h'], ['Accept', ' */*'], ['X-B', ' 2'], ['x-a', '1'], ['X-B', '  3 ']]);
  });
  it('`Name;` sends an empty header, `Name:` sends nothing', () => {
    expect(headerPairs(imported(`curl -H 'X-Empty;' -H 'Accept:' https://h/`))).toEqual([['Host', ' h'], ['X-Empty', '']]);
  });
  it('a custom Host replaces the URL host; `Host:` removes it', () => {
    expect(headerPairs(imported(`curl -H 'host: other' https://h/`))).toEqual([['host', ' other'], ['Accept', ' */*']]);
    expect(headerPairs(imported(`curl -H 'Host:' https://h/`))).toEqual([['Accept', ' */*']]);
  });
  it('-A, -e and -b name=value become headers; a -H of the same name wins', () => {
    expect(headerPairs(imported(`curl -A ua -e https://r/ -b 'a=1; b=2' https://h/`))).toEqual([
      ['Host', ' h'], ['User-Agent', ' ua'], ['Referer', ' https://r/'], ['Cookie', ' a=1; b=2'], ['Accept', ' */*'],
    ]);
    expect(headerPairs(imported(`curl -A ua -H 'User-Agent: mine' -b cookies.txt https://h/`))).toEqual([['Host', ' h'], ['Accept', ' */*'], ['User-Agent', ' mine']]);
  });
});

describe('curl: data', () => {
  it('-d makes a POST with a form content type', () => {
    expect(http(`curl -d 'a=1' https://h/`)).toBe('POST / HTTP/1.1\nHost: h\nAccept: */*\nContent-Type: application/x-www-form-urlencoded\n\na=1');
  });
  it('joins several -d with & as curl does, across the data flavours', () => {
    const r = imported(`curl -d a=1 --data b=2 --data-raw '@c' --data-binary 'd e' --data-ascii f https://h/`);
    expect(r.request.body.text).toBe('a=1&b=2&@c&d e&f');
  });
  it('an explicit Content-Type replaces the default one, `Content-Type:` removes it', () => {
    expect(headerPairs(imported(`curl -H 'content-type: application/json' -d '{}' https://h/`))).toEqual([['Host', ' h'], ['Accept', ' */*'], ['content-type', ' application/json']]);
    expect(headerPairs(imported(`curl -H 'Content-Type:' -d x https://h/`))).toEqual([['Host', ' h'], ['Accept', ' */*']]);
  });
  it('--data-urlencode encodes the content (not the name) like curl_easy_escape, a space as +', () => {
    const r = imported(`curl --data-urlencode 'q=a b&c/é~' --data-urlencode '=x y' --data-urlencode 'z z' https://h/`);
    expect(r.request.body.text).toBe('q=a+b%26c%2F%C3%A9~&x+y&z+z');
  });
  it('--json sets JSON content type and accept, pieces concatenated', () => {
    expect(http(`curl --json '{"a":' --json '1}' https://h/`)).toBe(
      'POST / HTTP/1.1\nHost: h\nContent-Type: application/json\nAccept: application/json\n\n{"a":1}',
    );
  });
  it('-G moves the data into the query, with ? or &', () => {
    expect(http(`curl -G -d a=1 -d b=2 https://h/p`)).toBe('GET /p?a=1&b=2 HTTP/1.1\nHost: h\nAccept: */*\n');
    expect(http(`curl --get --data-urlencode 'q=x y' 'https://h/p?z=0'`)).toBe('GET /p?z=0&q=x+y HTTP/1.1\nHost: h\nAccept: */*\n');
    expect(http(`curl -G -I -d a=1 https://h/`)).toBe('HEAD /?a=1 HTTP/1.1\nHost: h\nAccept: */*\n');
  });
  it('an empty -d still makes a POST with no body', () => {
    expect(http(`curl -d '' https://h/`)).toBe('POST / HTTP/1.1\nHost: h\nAccept: */*\nContent-Type: application/x-www-form-urlencoded\n');
  });
  it('a body keeps line breaks from $\'…\'', () => {
    expect(imported(`curl --data-binary $'line1\\nline2' https://h/`).request.body.text).toBe('line1\nline2');
  });
});

describe('curl: credentials and scope', () => {
  it('-u splits at the first colon: a colon in the secret stays', () => {
    expect(imported(`curl -u 'AKID:se:cr:et' https://h/`).credentials).toEqual({ accessKeyId: 'AKID', secretAccessKey: 'se:cr:et' });
    expect(imported(`curl --user AKID: https://h/`).credentials).toEqual({ accessKeyId: 'AKID', secretAccessKey: '' });
  });
  it('takes credentials from the URL userinfo, percent-decoded, and keeps them out of Host', () => {
    const r = imported(`curl 'https://AKID:a%2Fb@h/'`);
    expect(r.credentials).toEqual({ accessKeyId: 'AKID', secretAccessKey: 'a/b' });
    expect(headerPairs(r)).toEqual([['Host', ' h'], ['Accept', ' */*']]);
  });
  it.each([
    ['aws:amz:us-east-1:s3', { region: 'us-east-1', service: 's3' }],
    ['aws:amz:eu-west-1', { region: 'eu-west-1' }],
    ['aws:amz', {}],
    ['aws', {}],
  ])('--aws-sigv4 %s', (value, scope) => {
    expect(imported(`curl --aws-sigv4 '${value}' https://h/`).scope).toEqual(scope);
  });
  it('no -u and no --aws-sigv4: neither field', () => {
    const r = imported(`curl https://h/`);
    expect('credentials' in r).toBe(false);
    expect('scope' in r).toBe(false);
  });
});

describe('curl: Windows cmd (Copy as cURL (cmd))', () => {
  it('reads ^ escapes, ^-newline continuations and \\" inside quotes', () => {
    const cmd = 'curl ^"https://h/api?a=1^&b=2^" ^\n  -H ^"accept: */*^" ^\n  --data-raw ^"^{^\\^"a^\\^":1^}^" ^\n  --compressed';
    const r = imported(cmd);
    expect(r.httpText).toBe('POST /api?a=1&b=2 HTTP/1.1\nHost: h\naccept: */*\nContent-Type: application/x-www-form-urlencoded\n\n{"a":1}');
  });
  it('reads old-style plain double quotes with ^ continuations', () => {
    const r = imported('curl "https://h/x" ^\n  -H "X-A: 1" ^\n  -H "X-B: say \\"hi\\""');
    expect(headerPairs(r)).toEqual([['Host', ' h'], ['Accept', ' */*'], ['X-A', ' 1'], ['X-B', ' say "hi"']]);
  });
  it('^-newline-newline is a line break inside a value', () => {
    expect(imported('curl ^"https://h/^" ^\n  --data-raw ^"a^\n\nb^"').request.body.text).toBe('a\nb');
  });
});

describe('curl: which headers curl --aws-sigv4 leaves unsigned', () => {
  it.each([
    [`curl https://h/`, ['accept']],
    [`curl -d a=1 https://h/`, ['accept', 'content-type']],
    [`curl -A ua -e https://r/ -b 'a=1' https://h/`, ['user-agent', 'referer', 'cookie', 'accept']],
    [`curl -H 'User-Agent: mine' -H 'Accept: x' -H 'Content-Type: y' -d a https://h/`, []],
    [`curl --json '{}' https://h/`, []],
    [`curl -H 'Accept:' https://h/`, []],
  ])('%s', (cmd, unsigned) => {
    expect(imported(cmd).unsigned).toEqual(unsigned);
  });
  it('the -H list and curl\'s own host are signed; what curl adds itself is not', () => {
    const r = imported(`curl -d a=1 -b c=1 -H 'X-A: 1' https://h/`);
    const names = r.request.headers.map((h) => h.name.text.toLowerCase());
    expect(names.filter((n) => !r.unsigned.includes(n))).toEqual(['host', 'x-a']);
  });
});
