import { describe, expect, it } from 'vitest';
import { parseEcho } from './echo';
import { echoErrorOf } from './test-support/helpers';

const CREQ = [
  'POST', '/', '', 'content-type:application/x-www-form-urlencoded; charset=utf-8', 'host:iam.amazonaws.com',
  "x-amz-meta-note:it's \"quoted\"", 'x-amz-date:20150830T123600Z', '',
  'content-type;host;x-amz-date;x-amz-meta-note', '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
].join('\n');
const STS = 'AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\nf536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59';
const hex = (s: string): string => [...new TextEncoder().encode(s)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const MESSAGE = `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.

The Canonical String for this request should have been
'${CREQ}'

The String-to-Sign should have been
'${STS}'
`;

describe('parseEcho: S3 XML', () => {
  const s3 = (creqText: string, creqBytes: string | null): string => `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>${xmlEscape(STS)}</StringToSign><SignatureProvided>aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404</SignatureProvided><StringToSignBytes>${hex(STS)}</StringToSignBytes><CanonicalRequest>${creqText}</CanonicalRequest>${creqBytes === null ? '' : `<CanonicalRequestBytes>${creqBytes}</CanonicalRequestBytes>`}<RequestId>4442587FB7D0A2F9</RequestId></Error>`;
  it('reads every field, preferring the exact hex forms', () => {
    expect(parseEcho(s3('not what the bytes say', hex(CREQ)))).toEqual({
      kind: 's3-xml',
      code: 'SignatureDoesNotMatch',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      signatureProvided: 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
      stringToSign: STS,
      canonicalRequest: CREQ,
    });
  });
  it('falls back to the text with entities decoded', () => {
    expect(parseEcho(s3(xmlEscape(CREQ), null)).canonicalRequest).toBe(CREQ);
    expect(parseEcho('<Error><CanonicalRequest>a&#10;b&#x41;&lt;&gt;</CanonicalRequest></Error>').canonicalRequest).toBe('a\nbA<>');
  });
  it('decodes the hex bytes as UTF-8 in any case', () => {
    expect(parseEcho(`<Error><StringToSignBytes>\n  63 61 66 C3 A9\n</StringToSignBytes></Error>`).stringToSign).toBe('café');
  });
  it('an S3 error without the echo keeps just its code', () => {
    expect(parseEcho('<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>')).toEqual({ kind: 's3-xml', code: 'AccessDenied' });
  });
  it('a bad hex token is named by line and column', () => {
    const e = echoErrorOf(() => parseEcho('<Error>\n<CanonicalRequestBytes>47 45 5g 54</CanonicalRequestBytes></Error>'));
    expect([e.kind, e.expected, e.line, e.column, e.found]).toEqual(['echo', 'hex-byte', 2, 30, '5g']);
    const three = echoErrorOf(() => parseEcho('<Error><StringToSignBytes>414</StringToSignBytes></Error>'));
    expect([three.expected, three.column, three.found]).toEqual(['hex-byte', 27, '414']);
  });
  it('an unclosed element and an unknown entity are errors', () => {
    const tag = echoErrorOf(() => parseEcho('<Error><Code>X</Code>\n  <StringToSign>abc</Error>'));
    expect([tag.expected, tag.line, tag.column]).toEqual(['closing-tag', 2, 3]);
    const ent = echoErrorOf(() => parseEcho('<Error><CanonicalRequest>a &nbsp; b</CanonicalRequest></Error>'));
    expect([ent.expected, ent.column, ent.found]).toEqual(['xml-entity', 28, '&nbsp;']);
    expect(echoErrorOf(() => parseEcho('<Error><StringToSign>&#xD800;</StringToSign></Error>')).expected).toBe('xml-entity');
  });
});

describe('parseEcho: service message', () => {
  it('raw text: both blocks, quotes inside the canonical request kept', () => {
    expect(parseEcho(MESSAGE)).toEqual({ kind: 'service-message', canonicalRequest: CREQ, stringToSign: STS });
  });
  it('raw text pasted from a Windows terminal (CRLF)', () => {
    expect(parseEcho(MESSAGE.replace(/\n/g, '\r\n'))).toMatchObject({ canonicalRequest: CREQ, stringToSign: STS });
  });
  it('the boto3 printout with its error code', () => {
    const e = parseEcho(`An error occurred (SignatureDoesNotMatch) when calling the ListUsers operation: ${MESSAGE}`);
    expect(e).toMatchObject({ code: 'SignatureDoesNotMatch', canonicalRequest: CREQ, stringToSign: STS });
  });
  it.each([
    ['message', `{"__type":"com.amazon.coral.service#InvalidSignatureException","message":${JSON.stringify(MESSAGE)}}`, 'InvalidSignatureException'],
    ['Message', `{\n  "Message": ${JSON.stringify(MESSAGE).replace(/'/g, '\\u0027')}\n}`, undefined],
    ['nested', `{"Error":{"Code":"SignatureDoesNotMatch","Message":${JSON.stringify(MESSAGE)}}}`, 'SignatureDoesNotMatch'],
  ])('JSON (%s)', (_name, body, code) => {
    const e = parseEcho(body);
    expect(e).toEqual({ kind: 'service-message', canonicalRequest: CREQ, stringToSign: STS, ...(code ? { code } : {}) });
  });
  it('JSON behind an HTTP response head', () => {
    const e = parseEcho(`HTTP/1.1 403 Forbidden\r\nContent-Type: application/x-amz-json-1.1\r\n\r\n{"message":${JSON.stringify(MESSAGE)}}`);
    expect(e.canonicalRequest).toBe(CREQ);
  });
  it('XML <ErrorResponse> with entities', () => {
    const body = `<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>${xmlEscape(MESSAGE)}</Message></Error><RequestId>x</RequestId></ErrorResponse>`;
    expect(parseEcho(body)).toEqual({ kind: 'service-message', code: 'SignatureDoesNotMatch', canonicalRequest: CREQ, stringToSign: STS });
  });
  it('a message without the echo keeps its code only', () => {
    expect(parseEcho('{"__type":"InvalidSignatureException","message":"Signature expired: 20240501T100000Z is now earlier than 20240501T100500Z"}')).toEqual({
      kind: 'service-message', code: 'InvalidSignatureException',
    });
  });
  it('a quote missing after "should have been", or never closed, is an error at the opening', () => {
    const open = echoErrorOf(() => parseEcho('The Canonical String for this request should have been\nGET\n/'));
    expect([open.expected, open.line, open.column, open.found]).toEqual(['opening-quote', 2, 1, 'G']);
    const close = echoErrorOf(() => parseEcho("x\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\nabc"));
    expect([close.expected, close.line, close.column]).toEqual(['closing-quote', 3, 1]);
  });
  it('errors inside JSON strings point at the escape in the paste', () => {
    const e = echoErrorOf(() => parseEcho('{"message":"The String-to-Sign should have been\\nX"}'));
    expect([e.expected, e.line, e.column, e.found]).toEqual(['opening-quote', 1, 50, 'X']);
  });
  it('malformed JSON and JSON without a message', () => {
    const bad = echoErrorOf(() => parseEcho('{"message": "x",}'));
    expect([bad.expected, bad.column]).toEqual(['json', 17]);
    expect(echoErrorOf(() => parseEcho('{"code": "x"}')).expected).toBe('message');
  });
  it('text that is no echo at all', () => {
    const e = echoErrorOf(() => parseEcho('\n  hello world'));
    expect([e.kind, e.expected, e.line, e.column]).toEqual(['echo', 'echo', 2, 3]);
  });
});

describe('parseEcho: aws --debug (botocore) and awscurl', () => {
  const log = (creq: string, sts: string, sig: string): string => [
    '2024-05-01 10:00:00,120 - MainThread - botocore.endpoint - DEBUG - Making request for OperationModel(name=ListUsers)',
    '2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG - Calculating signature using v4 auth.',
    '2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG - CanonicalRequest:',
    creq,
    '2024-05-01 10:00:00,124 - MainThread - botocore.auth - DEBUG - StringToSign:',
    sts,
    '2024-05-01 10:00:00,124 - MainThread - botocore.auth - DEBUG - Signature:',
    sig,
    "2024-05-01 10:00:00,125 - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://iam.amazonaws.com/, headers={'Authorization': b'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=" + sig + "'}>",
    "2024-05-01 10:00:00,300 - MainThread - botocore.parsers - DEBUG - Response body:\nb'<ErrorResponse><Error><Code>SignatureDoesNotMatch</Code></Error></ErrorResponse>'",
  ].join('\n');
  const SIG = '5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7';
  it('reads the blocks up to the next log record, and the key id and code', () => {
    expect(parseEcho(log(CREQ, STS, SIG))).toEqual({
      kind: 'aws-debug', canonicalRequest: CREQ, stringToSign: STS, signatureProvided: SIG, accessKeyId: 'AKIDEXAMPLE', code: 'SignatureDoesNotMatch',
    });
  });
  it('takes the last attempt when the log shows retries', () => {
    const twice = log('GET\n/old\n\nhost:h\n\nhost\nabc', 'old', SIG) + '\n' + log(CREQ, STS, SIG);
    expect(parseEcho(twice)).toMatchObject({ canonicalRequest: CREQ, stringToSign: STS });
  });
  it('a block at the end of the paste, CRLF line ends', () => {
    const tail = `2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG - StringToSign:\r\n${STS.replace(/\n/g, '\r\n')}\r\n\r\n`;
    expect(parseEcho(tail)).toEqual({ kind: 'aws-debug', stringToSign: STS });
  });
  it('an empty block is an error at the end of its head line', () => {
    const e = echoErrorOf(() => parseEcho('x\n2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG - CanonicalRequest:\n'));
    expect([e.expected, e.line, e.column]).toEqual(['log-block', 2, 81]);
  });
  it('awscurl -v blocks, cut by their shape', () => {
    const out = `BEGIN REQUEST++++++++++++++++++++++++++++++++++++\nRequest URL = https://iam.amazonaws.com/\n\nCANONICAL REQUEST = ${CREQ}\n\nSTRING_TO_SIGN = ${STS}\n\nSIGNATURE = ${SIG}\n`;
    expect(parseEcho(out)).toMatchObject({ kind: 'aws-debug', canonicalRequest: CREQ, stringToSign: STS });
  });
});
