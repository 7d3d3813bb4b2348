import { describe, expect, it } from 'vitest';
import { SigV4Error } from './errors';
import { parseRequest } from './parse-request';
import { findParam } from './canonical-query';
import { carriesSignature, readSignatureClaim, requestTime } from './signature-claim';

const AUTH = 'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/sqs/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=ABCDEF';
const req = (text: string) => parseRequest(text);

describe('readSignatureClaim', () => {
  it('reads an Authorization header: key, scope, signed headers, signature (lower-cased), and its X-Amz-Date', () => {
    const r = readSignatureClaim(req(`GET / HTTP/1.1\nHost: h\nX-Amz-Date: 20150830T123600Z\n${AUTH}\n`));
    expect(r).toEqual({
      claim: {
        mode: 'header', algorithm: 'AWS4-HMAC-SHA256', accessKeyId: 'AKIDEXAMPLE', scopeDate: '20150830', region: 'eu-west-1', service: 'sqs',
        terminator: 'aws4_request', signedHeaders: ['content-type', 'host', 'x-amz-date'], signature: 'abcdef',
      },
      time: { value: '20150830T123600Z', at: 34 },
    });
  });

  it('reads a presigned query, percent-decoded, with its X-Amz-Date', () => {
    const r = readSignatureClaim(req('GET /k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aa HTTP/1.1\nHost: b.s3.amazonaws.com\n'));
    expect(r?.claim).toMatchObject({ mode: 'query', accessKeyId: 'AKID', region: 'us-east-1', service: 's3', signedHeaders: ['host'], signature: 'aa' });
    expect(r?.time?.value).toBe('20130524T000000Z');
  });

  it('is null for a request without a signature, and throws, located, for an unreadable one', () => {
    expect(readSignatureClaim(req('GET / HTTP/1.1\nHost: h\n'))).toBeNull();
    const at = (text: string) => {
      try {
        readSignatureClaim(req(text));
      } catch (e) {
        if (e instanceof SigV4Error) return [e.expected, e.line, e.column];
      }
      return null;
    };
    expect(at('GET / HTTP/1.1\nHost: h\nAuthorization: AWS4-HMAC-SHA256 Credential=AKID/20150830\n')).toEqual(['authorization-header', 3, 15]);
    expect(at('GET /?X-Amz-Signature=aa&X-Amz-Credential=AKID HTTP/1.1\nHost: h\n')).toEqual(['signed-request', 1, 7]);
  });
});

describe('carriesSignature', () => {
  it('is true for an AWS4 Authorization header or X-Amz-Signature, false for other schemes and none', () => {
    expect(carriesSignature(req(`GET / HTTP/1.1\nHost: h\n${AUTH}\n`))).toBe(true);
    expect(carriesSignature(req('GET /?x-amz-signature=a HTTP/1.1\nHost: h\n'))).toBe(true);
    expect(carriesSignature(req('GET / HTTP/1.1\nHost: h\nAuthorization: Bearer abc\n'))).toBe(false);
    // What a shared link leaves of a presigned URL or a signed request: the names, not the values.
    expect(carriesSignature(req('GET /?X-Amz-Credential=&X-Amz-Signature= HTTP/1.1\nHost: h\n'))).toBe(false);
    expect(carriesSignature(req('GET / HTTP/1.1\nHost: h\nAuthorization: \n'))).toBe(false);
    expect(carriesSignature(req('GET / HTTP/1.1\nHost: h\n'))).toBe(false);
  });
});

describe('requestTime', () => {
  it('reads an X-Amz-Date header (any case), trimmed, with the range of its value', () => {
    const text = 'GET / HTTP/1.1\nHost: h\nx-amz-date:  20150830T123600Z \n';
    const t = requestTime(req(text))!;
    expect([t.value, t.from, text.slice(t.start, t.end)]).toEqual(['20150830T123600Z', 'x-amz-date', '20150830T123600Z']);
  });

  it('reads X-Amz-Date from a presigned query, percent-decoded, its range the value as written', () => {
    expect(requestTime(req('GET /?a=1&X-Amz-Date=20130524T000000Z HTTP/1.1\n'))).toEqual({ value: '20130524T000000Z', start: 21, end: 37, from: 'query' });
    const text = 'GET /?X-Amz-Date=2013%2005 HTTP/1.1\n';
    const t = requestTime(req(text))!;
    expect([t.value, text.slice(t.start, t.end)]).toEqual(['2013 05', '2013%2005']);
  });

  it('prefers the header; an empty header is still the request’s time; null when neither is there', () => {
    expect(requestTime(req('GET /?X-Amz-Date=b HTTP/1.1\nX-Amz-Date: a\n'))?.value).toBe('a');
    expect(requestTime(req('GET / HTTP/1.1\nHost: h\nX-Amz-Date:\n'))?.value).toBe('');
    expect(requestTime(req('GET /?X-Amz-Date HTTP/1.1\nHost: h\n'))).toBeNull();
  });

  it('reads the Date header only for a signed request without X-Amz-Date (an unsigned request’s Date is an HTTP date)', () => {
    const http = 'Date: Sun, 30 Aug 2015 12:36:00 GMT\n';
    expect(requestTime(req(`GET / HTTP/1.1\nHost: h\n${http}`))).toBeNull();
    expect(requestTime(req(`GET / HTTP/1.1\nHost: h\n${http}${AUTH}\n`))).toMatchObject({ value: 'Sun, 30 Aug 2015 12:36:00 GMT', from: 'date' });
    expect(requestTime(req(`GET / HTTP/1.1\nHost: h\n${http}X-Amz-Date: 20150830T123600Z\n${AUTH}\n`))?.from).toBe('x-amz-date');
  });
});

describe('findParam', () => {
  it('finds the first parameter by its decoded name, without case, decoding its value as a server does', () => {
    const q = parseRequest('GET /?a=1&X-%41mz-Date=2013%2005+x&x-amz-date=second HTTP/1.1\nHost: h\n').query;
    expect(findParam(q, 'x-amz-date')).toMatchObject({ name: 'X-Amz-Date', value: '2013 05 x', raw: { value: { text: '2013%2005+x' } } });
    expect(findParam(q, 'b')).toBeUndefined();
    expect(findParam(parseRequest('GET /?k HTTP/1.1\nHost: h\n').query, 'k')).toMatchObject({ value: '', raw: { value: null } });
  });
});
