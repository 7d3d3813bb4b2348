import { describe, expect, it } from 'vitest';
import { visibleText } from './byte-diff';
import { stageDiff, valueDiff } from './value-diff';
import { IAM_REQUEST, iamOptions, sign } from './test-fixtures';

const A = 'a'.repeat(63) + 'b';
const B = 'a'.repeat(63) + 'c';
const text = (runs: ReturnType<typeof valueDiff>) => runs.map((r) => `${r.kind}:${visibleText(r.server)}|${visibleText(r.ours)}`);

describe('valueDiff', () => {
  it('marks a differing hash whole, not the one digit that differs', () => {
    expect(text(valueDiff(`Signature=${A}`, `Signature=${B}`))).toEqual(['equal:Signature=|Signature=', `changed:${A}|${B}`]);
  });

  it('keeps an equal hash equal and diffs the rest byte by byte', () => {
    expect(text(valueDiff(`x=1&s=${A}`, `x=2&s=${A}`))).toEqual(['equal:x=|x=', 'changed:1|2', `equal:&s=${A}|&s=${A}`]);
  });

  it('gives offsets of the real bytes, so the runs tile both texts', () => {
    const runs = valueDiff(`é ${A}`, `é ${B}!`);
    expect(runs.map((r) => [r.serverStart, r.serverEnd, r.oursStart, r.oursEnd])).toEqual([[0, 3, 0, 3], [3, 67, 3, 68]]);
    expect(runs.at(-1)!.kind).toBe('changed');
  });

  it('is the plain byte diff where there is no hash', () => {
    expect(text(valueDiff('host:a b', 'host:a  b'))).toEqual(['equal:host:a␣|host:a␣', 'inserted:|␣', 'equal:b|b']);
  });
});

describe('stageDiff', () => {
  const before = sign(IAM_REQUEST, iamOptions());
  const after = sign(IAM_REQUEST.replace('ListUsers', 'ListRoles'), iamOptions());

  it('compares digests and keys whole', () => {
    expect(stageDiff('signature', before.stages.signature.text, after.stages.signature.text)).toEqual({ kind: 'whole', equal: false });
    expect(stageDiff('kDate', 'ab', 'ab')).toEqual({ kind: 'whole', equal: true });
  });

  it('compares the canonical request line by line, the differing line byte by byte', () => {
    const d = stageDiff('canonicalRequest', before.stages.canonicalRequest.text, after.stages.canonicalRequest.text);
    if (d.kind !== 'lines') throw new Error(d.kind);
    const query = d.diff.lines.find((l) => l.part === 'query')!;
    // The runs tile both lines; the start of the line is equal, only the action name's letters differ.
    expect(query.bytes!.map((b) => visibleText(b.ours)).join('')).toBe(query.ours);
    expect(query.bytes!.map((b) => visibleText(b.server)).join('')).toBe(query.server);
    expect(visibleText(query.bytes![0]!.ours)).toBe('Action=List');
    expect(query.bytes!.filter((b) => b.kind !== 'equal').every((b) => /^[a-zA-Z]*$/.test(visibleText(b.ours)))).toBe(true);
    expect(d.diff.lines.filter((l) => !l.equal).map((l) => l.part)).toEqual(['query']);
  });

  it('compares the hash line of the string to sign whole', () => {
    const d = stageDiff('stringToSign', before.stages.stringToSign.text, after.stages.stringToSign.text);
    if (d.kind !== 'lines') throw new Error(d.kind);
    expect(d.diff.lines.filter((l) => !l.equal).map((l) => [l.part, l.bytes])).toEqual([['hash', null]]);
  });

  it('compares the Authorization header byte by byte, its signature whole', () => {
    const d = stageDiff('authorization', before.stages.authorization!.text, after.stages.authorization!.text);
    if (d.kind !== 'runs') throw new Error(d.kind);
    expect(d.runs.map((r) => r.kind)).toEqual(['equal', 'changed']);
    expect(visibleText(d.runs[1]!.ours)).toBe(after.stages.signature.text);
  });
});
