/**
 * Every user-visible string comes from the message catalogue: no JSX text with letters, and no
 * user-facing attribute (aria-label, title, placeholder, alt) written as a literal in src/ui.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const UI = fileURLToPath(new URL('../ui', import.meta.url));
const LETTERS = /[A-Za-z\u3040-\u30ff\u3400-\u9fff]/;
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.tsx') && !p.endsWith('.test.tsx') ? [p] : [];
  });
}

/** Literal strings a user could see in a TSX source, with their line numbers. */
function literalsIn(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (n: ts.Node) => source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n) && LETTERS.test(n.text)) found.push(`${at(n)}: ${n.text.trim()}`);
    if (ts.isJsxAttribute(n) && VISIBLE_ATTRIBUTES.has(n.name.getText()) && n.initializer && ts.isStringLiteral(n.initializer) && LETTERS.test(n.initializer.text)) {
      found.push(`${at(n)}: ${n.name.getText()}="${n.initializer.text}"`);
    }
    if (ts.isJsxExpression(n) && n.expression && (ts.isStringLiteral(n.expression) || ts.isNoSubstitutionTemplateLiteral(n.expression)) && LETTERS.test(n.expression.text) && ts.isJsxElement(n.parent)) {
      found.push(`${at(n)}: {'${n.expression.text}'}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

/** The literals of a file of src/ui. */
const literals = (path: string): string[] => literalsIn(path, readFileSync(path, 'utf8'));

describe('user-visible strings come from the catalogue', () => {
  const all = files(UI);
  it('finds the UI sources', () => {
    expect(all.length).toBeGreaterThan(20);
  });
  it.each(all.map((f) => [f.slice(UI.length + 1), f]))('%s has no literal user-visible text', (_name, path) => {
    expect(literals(path)).toEqual([]);
  });
  it('the check itself catches each kind of literal, and lets words from the catalogue and symbols pass', () => {
    expect(literalsIn('x.tsx', `const a = <p title="Hello">Hi there</p>;\nconst b = <p>{'Literal'}</p>;`)).toEqual(['1: title="Hello"', '1: Hi there', "2: {'Literal'}"]);
    expect(literalsIn('y.tsx', `const c = <p title={t(lang, 'k')}>{t(lang, 'k')} ✓ {'→'}</p>;`)).toEqual([]);
  });
});
