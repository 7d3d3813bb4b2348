import { describe, expect, it } from 'vitest';
import { imdsToken, instanceId, instanceProfileId, requestId, roleId } from './ids';

describe('ids', () => {
  it('have the real formats', () => {
    expect(instanceId(1)).toMatch(/^i-[0-9a-f]{17}$/);
    expect(roleId(1)).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(instanceProfileId(1)).toMatch(/^AIPA[A-Z2-7]{17}$/);
    expect(requestId(1, 'x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(imdsToken(1)).toMatch(/^AQAEA[A-Za-z0-9_-]{49}==$/);
  });
  it('are deterministic per seed and differ across seeds and labels', () => {
    expect(instanceId('s')).toBe(instanceId('s'));
    expect(instanceId('s')).not.toBe(instanceId('t'));
    expect(requestId(1, 'a')).not.toBe(requestId(1, 'b'));
    expect(roleId(1, 'arn:aws:iam::123456789012:role/a')).not.toBe(roleId(1, 'arn:aws:iam::123456789012:role/b'));
  });
});
