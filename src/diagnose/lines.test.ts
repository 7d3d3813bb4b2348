import { describe, expect, it } from 'vitest';
import { alignLines, canonicalRequestLines, headerNameOf, stringToSignLines } from './lines';
import { IAM_REQUEST, iamOptions, sign } from './test-fixtures';

const trace = sign(IAM_REQUEST, iamOptions());
const CREQ = trace.stages.canonicalRequest.text;
const STS = trace.stages.stringToSign.text;

describe('labelled lines', () => {
  it('labels the canonical request in the AWS General Reference layout', () => {
    const parts = canonicalRequestLines(CREQ).map((l) => (l.header ? `${l.part}:${l.header}` : l.part));
    expect(parts).toEqual(['method', 'uri', 'query', 'header:content-type', 'header:host', 'header:x-amz-date', 'blank', 'signed-headers', 'payload-hash']);
  });

  it('keeps an empty query line apart from the blank line', () => {
    const parts = canonicalRequestLines('GET\n/\n\nhost:a\n\nhost\nabc').map((l) => l.part);
    expect(parts).toEqual(['method', 'uri', 'query', 'header', 'blank', 'signed-headers', 'payload-hash']);
  });

  it('labels the string to sign, and a trailing line feed as an extra line', () => {
    expect(stringToSignLines(STS + '\n').map((l) => l.part)).toEqual(['algorithm', 'date', 'scope', 'hash', 'extra']);
  });

  it('aligns one extra header as one insertion, not a cascade of changes', () => {
    const extra = CREQ.replace('host:iam.amazonaws.com\n', 'host:iam.amazonaws.com\nuser-agent:curl/8.0\n').replace('host;x-amz-date', 'host;user-agent;x-amz-date');
    const d = alignLines(canonicalRequestLines(CREQ), canonicalRequestLines(extra));
    const unequal = d.lines.filter((l) => !l.equal);
    expect(unequal.map((l) => [l.part, l.header ?? '', l.server === null])).toEqual([
      ['header', 'user-agent', true],
      ['signed-headers', '', false],
    ]);
    expect(d.lines.find((l) => l.header === 'x-amz-date')!.equal).toBe(true);
  });

  it('pairs repeated headers by occurrence', () => {
    const d = alignLines(canonicalRequestLines('GET\n/\n\nmy:a,b\n\nmy\nh'), canonicalRequestLines('GET\n/\n\nmy:a\nmy:b\n\nmy\nh'));
    const mine = d.lines.filter((l) => l.header === 'my');
    expect(mine.map((l) => [l.server, l.ours])).toEqual([['my:a,b', 'my:a'], [null, 'my:b']]);
  });
});

describe('headerNameOf', () => {
  it('lower-cases the name before the first colon', () => {
    expect(headerNameOf('X-Amz-Date:2015:08')).toBe('x-amz-date');
    expect(headerNameOf('no colon')).toBe('no colon');
  });
});
