import { describe, expect, it } from 'vitest';
import { APP_CSP, injectCspMeta, inlineCode, serializeCsp, sha256Source, singleFileCsp } from './csp';

describe('csp helpers', () => {
  it('serializes the served policy as the issue states it', () => {
    expect(serializeCsp(APP_CSP)).toBe(
      "default-src 'self'; connect-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('hashes text as CSP does (SHA-256 of the UTF-8 bytes, base64)', () => {
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(sha256Source('é')).not.toBe(sha256Source('e'));
  });

  it('finds inline scripts and styles, skipping their text and external scripts', () => {
    const html = '<head><meta charset="UTF-8" /><script type="module">const a = "<script>x";</script><script src="a.js"></script><style>p{color:red}</style></head>';
    expect(inlineCode(html)).toEqual([
      { tag: 'script', text: 'const a = "<script>x";' },
      { tag: 'style', text: 'p{color:red}' },
    ]);
  });

  it('refuses what a hash cannot allow', () => {
    expect(() => inlineCode('<button onclick="x()">')).toThrow(/event handler/);
    expect(() => inlineCode('<p style="color:red">')).toThrow(/style attribute/);
    expect(() => inlineCode('<script>a\r\nb</script>')).toThrow(/CR/);
    expect(() => inlineCode('<script>a')).toThrow(/unclosed/);
  });

  it('puts the meta right after the charset, once', () => {
    const html = '<head>\n<meta charset="UTF-8" />\n<title>t</title><script>1</script></head>';
    const out = injectCspMeta(html, singleFileCsp([sha256Source('1')], []));
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<title>'));
    expect(out).toContain("style-src 'none'");
    expect(() => injectCspMeta(out, APP_CSP)).toThrow(/already/);
  });
});
