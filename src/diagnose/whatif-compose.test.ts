import { describe, expect, it } from 'vitest';
import { IAM_REQUEST, iamOptions, TOKEN_REQUEST, tokenOptions } from './test-fixtures';
import { WHATIFS, type WhatIfId } from './whatif';
import { applyWhatIfs } from './whatif-compose';
import { runWhatIf } from './whatif-impact';

const pick = (...ids: WhatIfId[]) => ids.map((id) => WHATIFS.find((w) => w.id === id)!);

describe('applyWhatIfs', () => {
  it('one what-if is just its own apply', () => {
    const [w] = pick('wrong-region');
    expect(applyWhatIfs([w!], { requestText: IAM_REQUEST, options: iamOptions() })).toEqual(w!.apply({ requestText: IAM_REQUEST, options: iamOptions() }));
  });

  it('host-with-port then charset: signed with the port, sent without it and with the charset', () => {
    const r = applyWhatIfs(pick('host-with-port', 'charset-added-after-signing'), { requestText: IAM_REQUEST, options: iamOptions() });
    expect(r.requestText).toContain('Host: iam.amazonaws.com:443\n');
    expect(r.requestText).toContain('charset=utf-8');
    expect(r.sentRequestText).toContain('Host: iam.amazonaws.com\n');
    expect(r.sentRequestText).toContain('charset=UTF-8');
  });

  it('the same in the other order', () => {
    const r = applyWhatIfs(pick('charset-added-after-signing', 'host-with-port'), { requestText: IAM_REQUEST, options: iamOptions() });
    expect(r.requestText).toContain('Host: iam.amazonaws.com:443\n');
    expect(r.sentRequestText).toContain('Host: iam.amazonaws.com\n');
    expect(r.sentRequestText).toContain('charset=UTF-8');
  });

  it('a text edit before signing reaches the sent text too', () => {
    const text = TOKEN_REQUEST + 'Content-Type: text/plain\nX-Amz-Security-Token: x\n';
    const r = applyWhatIfs(pick('charset-added-after-signing', 'token-missing', 'wrong-region'), { requestText: text, options: tokenOptions() });
    expect(r.sentRequestText).not.toContain('X-Amz-Security-Token');
    expect(r.sentRequestText).toContain('text/plain; charset=UTF-8');
    expect(r.options.region).toBe('us-west-2');
    expect(r.options.credentials.sessionToken).toBeUndefined();
  });

  it('runs down to the server’s view', () => {
    const run = runWhatIf(pick('wrong-region', 'charset-added-after-signing'), { requestText: IAM_REQUEST, options: iamOptions() });
    expect(run.impact.firstChanged).toBe('canonicalHeaders');
    expect(run.after.options.region).toBe('us-west-2');
    expect(run.signatureChanged).toBe(true);
  });
});
