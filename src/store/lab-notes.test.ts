import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../content/examples';
import { computeLab, type LabInputs } from './lab-compute';
import { curlHeaderNotes, queryPlusParams, requestPartRanges } from './lab-notes';

// IAM ListUsers signs in header mode with long-term credentials, the profile chosen by the service.
const inputs = (requestText: string): LabInputs => ({ ...EXAMPLES['iam-listusers'].inputs, requestText });

describe('queryPlusParams', () => {
  it('names each parameter written with a raw + and the canonical form it signs as', () => {
    const r = computeLab(inputs('GET /?b=x&q=a+b&c+d=%2B&k+ HTTP/1.1\nHost: iam.amazonaws.com\n'));
    expect(queryPlusParams(r).map((p) => [p.written, p.canonical])).toEqual([
      ['q=a+b', 'q=a%20b'],
      ['c+d=%2B', 'c%20d=%2B'],
      ['k+', 'k%20='],
    ]);
    // The ranges point into the canonical query at the parameter's key and value.
    const cq = r.canonical!.stages.canonicalQuery.text;
    const [q] = queryPlusParams(r);
    expect(q!.ranges.map(([a, b]) => cq.slice(a, b))).toEqual(['q', 'a%20b']);
  });
  it('stays fast for a query of 20,000 parameters with +', () => {
    const query = Array.from({ length: 20_000 }, (_, i) => `p${i}=a+${i}`).join('&');
    const r = computeLab(inputs(`GET /?${query} HTTP/1.1\nHost: iam.amazonaws.com\n`));
    const t0 = performance.now();
    expect(queryPlusParams(r)).toHaveLength(20_000);
    expect(performance.now() - t0).toBeLessThan(1_000);
  });
});

describe('curlHeaderNotes', () => {
  it('is for curl imports only, naming what curl leaves unsigned and the -H headers SDKs would skip', () => {
    expect(curlHeaderNotes(computeLab(inputs('GET / HTTP/1.1\nHost: iam.amazonaws.com\n')))).toBeNull();
    const notes = curlHeaderNotes(computeLab(inputs(`curl -d a=1 -H 'User-Agent: x' https://iam.amazonaws.com/`)));
    expect(notes).toEqual({ unsigned: ['accept', 'content-type'], signedNeverSigned: ['user-agent'] });
  });
});

describe('requestPartRanges', () => {
  const text = (r: ReturnType<typeof computeLab>, ranges: ReturnType<typeof requestPartRanges>) => ranges.map((p) => [p.part, r.imported!.httpText.slice(p.start, p.end)]);

  it('names where each part of the canonical request came from, later parts over earlier ones', () => {
    const r = computeLab(inputs('POST /a/b?x=1&y=2 HTTP/1.1\nHost: iam.amazonaws.com\nX-A: v\n\nbody'));
    expect(text(r, requestPartRanges(r))).toEqual([
      ['method', 'POST'],
      ['canonicalUri', '/a/b'],
      ['canonicalQuery', 'x=1&y=2'],
      // Header lines next to each other read as one run.
      ['canonicalHeaders', 'Host: iam.amazonaws.com\nX-A: v'],
      ['signedHeaders', 'Host'],
      ['signedHeaders', 'X-A'],
      ['payloadHash', 'body'],
    ]);
  });

  it('draws none for an input that would need too many, or that cannot be read', () => {
    const many = Array.from({ length: 600 }, (_, i) => `X-H${i}: v`).join('\n');
    expect(requestPartRanges(computeLab(inputs(`GET / HTTP/1.1\nHost: iam.amazonaws.com\n${many}\n`)))).toEqual([]);
    expect(requestPartRanges(computeLab(inputs('GET / HTTP/1.1\nHost iam\n')))).toEqual([]);
  });
});
