import { describe, expect, it } from 'vitest';
import { initialScripts } from './size';

describe('initialScripts', () => {
  it('finds the module entry and its preloads, not lazy chunks', () => {
    const html = '<script type="module" crossorigin src="./assets/index-a.js"></script><link rel="modulepreload" crossorigin href="./assets/vendor-b.js"><link rel="stylesheet" href="./assets/index.css">';
    expect(initialScripts(html)).toEqual(['./assets/index-a.js', './assets/vendor-b.js']);
  });
});
