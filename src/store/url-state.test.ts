import { describe, expect, it } from 'vitest';
import { fromFragment, toFragment } from './url-state';

const lab = {
  requestText: 'GET /?a=b&c=d HTTP/1.1\nHost: h\n', accessKeyId: 'ASIAX', secretAccessKey: 'SECRET/+=', sessionToken: 'TOKEN+/=',
  region: 'eu-west-1', service: 's3', signingTime: '20240517T090000Z', mode: 'query' as const, profile: 's3' as const,
  tokenPlacement: 'appended' as const, payload: 'unsigned' as const, expires: '60',
};

describe('URL fragment state', () => {
  it('round-trips the view, chapter, flow and lab, without secrets by default', () => {
    const f = toFragment({ view: 'lab', chapter: 7, scenario: 'cross-account', step: 2, lab }, false);
    expect(f).not.toContain('SECRET');
    expect(f).not.toContain('TOKEN');
    const back = fromFragment('#' + f);
    expect(back).toEqual({ view: 'lab', chapter: 7, scenario: 'cross-account', step: 2, lab: { ...lab, secretAccessKey: undefined, sessionToken: undefined } });
  });
  it('carries secrets only when asked', () => {
    const back = fromFragment(toFragment({ lab }, true));
    expect(back.lab?.secretAccessKey).toBe('SECRET/+=');
    expect(back.lab?.sessionToken).toBe('TOKEN+/=');
  });
  it('ignores what it does not know', () => {
    expect(fromFragment('#v=evil&s=nope&st=-1&c=1e9&md=both&x=1')).toEqual({ view: undefined, chapter: undefined, scenario: undefined, step: undefined });
  });
  it('carries the talk\'s layout, and leaves the default out', () => {
    expect(fromFragment(toFragment({ scenario: 'imdsv2', step: 3, layout: 'talk' }, false))).toMatchObject({ scenario: 'imdsv2', step: 3, layout: 'talk' });
    expect(toFragment({ step: 3, layout: 'graph' }, false)).toBe('st=3');
    expect(fromFragment('#ly=pie').layout).toBeUndefined();
  });
});
