/**
 * Test helpers for shell commands: a tiny POSIX word splitter (single and double quotes, backslash,
 * line continuation; no expansions), and a runner for real bash. Used by tests only.
 */
import { execFileSync, spawnSync } from 'node:child_process';

/** Splits a command into words as a POSIX shell would, without expansions. */
export function splitWords(command: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let i = 0;
  const add = (s: string) => (word = (word ?? '') + s);
  while (i < command.length) {
    const c = command[i]!;
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end === -1) throw new Error('unterminated single quote');
      add(command.slice(i + 1, end));
      i = end + 1;
    } else if (c === '"') {
      i++;
      add('');
      while (command[i] !== '"') {
        if (i >= command.length) throw new Error('unterminated double quote');
        if (command[i] === '\\' && '"\\$`\n'.includes(command[i + 1] ?? '')) i++;
        add(command[i++]!);
      }
      i++;
    } else if (c === '\\') {
      if (command[i + 1] !== '\n') add(command[i + 1] ?? '');
      i += 2;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== null) words.push(word);
      word = null;
      i++;
    } else {
      add(c);
      i++;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

/** True when a program is on the PATH. */
export function has(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

/** Runs a script in bash and returns its stdout. */
export function bash(script: string, env: Record<string, string> = {}): string {
  return execFileSync('bash', ['-c', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

/** The words bash itself makes of a command's arguments (the command name replaced by a printer). */
export function bashWords(command: string): string[] {
  const args = command.replace(/^\S+/, "printf '%s\\0'");
  return bash(args).split('\0').slice(0, -1);
}
