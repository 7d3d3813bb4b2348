/**
 * A malformed signing time in the request (X-Amz-Date as a header or a query parameter, or a signed
 * request's Date) is a located issue: line, column and what was expected. It is never replaced by
 * another time, and the stages that do not depend on the time are still computed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../content/examples';
import { computeLab, type LabIssue } from './lab-compute';
import { stageCards } from './stage-cards';
import { useStore } from './index';
import { chunksSettled } from './chunks';
/** Verification loads with the diagnosis chunk (the first paint verifies nothing): load it once, so each test reads its outcome at once. */
beforeAll(async () => {
  useStore.getState().setVerifyText('GET / HTTP/1.1\nHost: example.amazonaws.com\n');
  await chunksSettled();
  useStore.getState().setVerifyText('');
});


const BASE = EXAMPLES['iam-listusers'].inputs;
const request = (date: string) => `GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08 HTTP/1.1\nHost: iam.amazonaws.com\nContent-Type: text/plain\nX-Amz-Date: ${date}\n`;
/** The lab's computation with the form holding the request's own time, as the lab fills it in. */
const lab = (requestText: string, signingTime: string, more = {}) => computeLab({ ...BASE, requestText, signingTime, ...more });
const dateIssue = (issues: readonly LabIssue[]) => issues.find((i) => i.where === 'request' && i.expected === 'amz-date');

describe('a malformed X-Amz-Date header', () => {
  it.each([
    ['too short', '20150830T1236Z'],
    ['too long', '20150830T1236000Z'],
    ['no T', '20150830 123600Z'],
    ['no Z', '20150830T123600'],
    ['lower-case t and z', '20150830t123600z'],
    ['ISO 8601 extended, not basic', '2015-08-30T12:36:00Z'],
    ['month 13', '20151330T123600Z'],
    ['31 February', '20150231T123600Z'],
    ['day 00', '20150800T123600Z'],
    ['hour 24', '20150830T243600Z'],
    ['minute 60', '20150830T126000Z'],
    ['empty', ''],
  ])('%s (%j): located at its line and column, expecting YYYYMMDDTHHMMSSZ', (_name, date) => {
    const r = lab(request(date), date);
    // At the value; an empty one right after the colon.
    const column = date === '' ? 12 : 13;
    expect(dateIssue(r.issues)).toEqual({ where: 'request', kind: 'http', line: 4, column, offset: request(date).indexOf('X-Amz-Date:') + column - 1, expected: 'amz-date', found: date });
    // Not replaced by another time: nothing that depends on the time is computed, and no field issue stands in for it.
    expect([r.trace, r.canonical, r.options]).toEqual([null, null, null]);
    expect(r.issues.filter((i) => i.where === 'field')).toEqual([]);
  });

  it('keeps the stages that do not depend on the time (header mode: the URI, the query, the signed headers, the payload hash, kSecret)', () => {
    const r = lab(request('2015-08-30T12:36:00Z'), '2015-08-30T12:36:00Z');
    expect(Object.keys(r.partial ?? {})).toEqual(['canonicalUri', 'canonicalQuery', 'signedHeaders', 'payloadHash', 'kSecret']);
    const cards = stageCards(r, r, false, null);
    expect(cards.canonicalUri.value).toBe('/');
    expect(cards.signedHeaders.value).toBe('content-type;host;x-amz-date');
    expect(cards.kSecret.bytes?.length).toBe(44);
    for (const id of ['canonicalHeaders', 'canonicalRequest', 'stringToSign', 'kDate', 'signature'] as const) {
      expect([id, cards[id].value, cards[id].unavailable]).toEqual([id, null, 'request']);
    }
  });

  it('without a secret, the keys wait for it', () => {
    const r = lab(request('20150830T1236Z'), '20150830T1236Z', { secretAccessKey: '' });
    expect(stageCards(r, r, false, null).kSecret.unavailable).toBe('secret');
  });

  it('a valid time the user typed in the form is theirs to sign with; the request’s malformed one is still reported', () => {
    const r = lab(request('20150830T1236Z'), '20150830T123600Z');
    expect(dateIssue(r.issues)).toMatchObject({ line: 4, column: 13 });
    expect(r.trace?.stages.stringToSign.text).toContain('\n20150830T123600Z\n');
  });

  it('a valid X-Amz-Date raises nothing', () => {
    expect(dateIssue(lab(request('20150830T123600Z'), '20150830T123600Z').issues)).toBeUndefined();
  });
});

describe('where the time stands in other pastes', () => {
  it('a presigned URL: the X-Amz-Date query parameter, its column in the URL', () => {
    const url = 'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=2013-05-24&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';
    const r = lab(url, '2013-05-24', { mode: 'query' });
    expect(dateIssue(r.issues)).toMatchObject({ kind: 'url', line: 1, column: url.indexOf('X-Amz-Date=') + 12, found: '2013-05-24' });
    // Query mode: the canonical query carries X-Amz-Date, the canonical headers do not.
    expect(Object.keys(r.partial ?? {})).toContain('canonicalHeaders');
    expect(Object.keys(r.partial ?? {})).not.toContain('canonicalQuery');
  });

  it('a curl command: the -H header, placed in the command, not in the request it stands for', () => {
    const curl = "curl --aws-sigv4 aws:amz:us-east-1:iam -u AKID:secret \\\n  -H 'X-Amz-Date: 20150830T12360Z' 'https://iam.amazonaws.com/?Action=ListUsers'";
    const r = lab(curl, '20150830T12360Z');
    expect(dateIssue(r.issues)).toMatchObject({ kind: 'curl', line: 2, column: "  -H 'X-Amz-Date: ".length + 1, found: '20150830T12360Z' });
  });

  it('a signed request without X-Amz-Date: its Date header, which must have the same form', () => {
    const text = 'GET / HTTP/1.1\nHost: iam.amazonaws.com\nDate: Sun, 30 Aug 2015 12:36:00 GMT\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=date;host, Signature=' + 'a'.repeat(64) + '\n';
    expect(dateIssue(lab(text, 'Sun, 30 Aug 2015 12:36:00 GMT').issues)).toMatchObject({ line: 3, column: 7, found: 'Sun, 30 Aug 2015 12:36:00 GMT' });
    // An unsigned request's Date is an HTTP date: the signer adds X-Amz-Date, and nothing is wrong.
    expect(dateIssue(lab('GET / HTTP/1.1\nHost: iam.amazonaws.com\nDate: Sun, 30 Aug 2015 12:36:00 GMT\n', BASE.signingTime).issues)).toBeUndefined();
  });
});

describe('a signed request with no time at all', () => {
  it('is located at its request line, and the form does not keep its previous time', () => {
    const s = () => useStore.getState();
    s().loadExample('iam-listusers');
    const signed = s().lab.result.trace!.stages.signedRequest.text.replace(/X-Amz-Date: [^\n]*\n/, '');
    s().setRequestText(signed);
    expect(s().lab.inputs.signingTime).toBe('');
    expect(dateIssue(s().lab.result.issues)).toMatchObject({ line: 1, column: 5, found: '' });
    expect(s().lab.result.trace).toBeNull();
    const v = s().lab.verify;
    expect(v?.status === 'error' ? v.issue : null).toEqual(dateIssue(s().lab.result.issues));
  });
});

describe('the lab fills the form with the malformed time as written', () => {
  it('never with the example’s time', () => {
    const s = () => useStore.getState();
    s().loadExample('iam-listusers');
    s().setRequestText(request('2015-08-30T12:36:00Z'));
    expect(s().lab.inputs.signingTime).toBe('2015-08-30T12:36:00Z');
    expect(dateIssue(s().lab.result.issues)).toMatchObject({ line: 4, column: 13 });
    expect(s().lab.result.trace).toBeNull();
  });

  it('a signed request: the verify panel names the same place, not a second one', () => {
    const s = () => useStore.getState();
    s().loadExample('iam-listusers');
    const signed = s().lab.result.trace!.stages.signedRequest.text.replace('X-Amz-Date: 20150830T123600Z', 'X-Amz-Date: 20150830T123600');
    s().setRequestText(signed);
    const v = s().lab.verify;
    expect(v).toMatchObject({ status: 'error', source: 'request' });
    expect(v?.status === 'error' ? v.issue : null).toEqual(dateIssue(s().lab.result.issues));
  });
});
