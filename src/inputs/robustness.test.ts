/**
 * Robustness: random and half-plausible pastes through importRequest and parseEcho. The only things
 * ever thrown are ImportError (EchoError for an echo) and the core's SigV4Error; their line and column agree
 * with its offset inside the paste; a successful import's map stays inside both texts, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SigV4Error } from '../sigv4';
import { lineColumnAt } from '../text/line-column';
import { parseEcho } from './echo';
import { EchoError, ImportError, type InputError } from './errors';
import { importRequest } from './import-request';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('\n', '\r\n', ' ', '\t', "'", '"', '\\', '$', '^', '&', '|', ';', '#', '>', '(', '@', ':', ';', '=', '?', '/', '%', '-', '<', '{', '}') },
  { weight: 3, arbitrary: fc.constantFrom('-H ', '-d ', '-X ', '-u ', '--aws-sigv4 ', '-G ', '-I ', '--url ', '--json ', '--data-urlencode ', "$'", '\\\n', ' ^\n', '^"', 'https://', 'h:99', '&amp;', '&#x', '</', '<Message>', "'\n\n", 'should have been', ' - DEBUG - CanonicalRequest:\n') },
  { weight: 3, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udc00', '😀', '\x00', '\u2028', 'é') },
);
const chaos = fc.string({ unit, maxLength: 80 });
const prefixes = [
  '', 'curl ', 'curl https://h/ ', '$ curl -X POST ', 'curl ^"https://h/^" ^\n', 'https://', 'h.example.com/',
  'GET / HTTP/1.1\nHost: h\n', '<Error>', '<ErrorResponse><Error><Message>', '{"message":"', '{"__type":"x","message":"The Canonical String for this request should have been\\n\'',
  'The Canonical String for this request should have been\n', "The String-to-Sign should have been\n'",
  '2024-05-01 10:00:00,123 - MainThread - botocore.auth - DEBUG - CanonicalRequest:\n', 'CANONICAL REQUEST = ',
  '<Error><CanonicalRequestBytes>', '<Error><StringToSign>',
];
const paste = fc.tuple(fc.constantFrom(...prefixes), chaos).map(([p, c]) => p + c);

function checkThrown(text: string, e: unknown, type: typeof ImportError | typeof EchoError = ImportError): void {
  if (e instanceof SigV4Error) return;
  expect(e).toBeInstanceOf(type);
  const err = e as InputError;
  expect(err.offset).toBeGreaterThanOrEqual(0);
  expect(err.offset).toBeLessThanOrEqual(text.length);
  expect({ line: err.line, column: err.column }).toEqual(lineColumnAt(text, err.offset));
}

describe('robustness', () => {
  it('importRequest throws only ImportError or SigV4Error; maps are sorted and in bounds', () => {
    fc.assert(
      fc.property(paste, (text) => {
        try {
          const r = importRequest(text);
          let last = 0;
          for (const run of r.map.runs) {
            expect(run.from).toBeGreaterThanOrEqual(last);
            expect(run.to).toBeGreaterThan(run.from);
            expect(run.to).toBeLessThanOrEqual(r.httpText.length);
            expect(run.inputFrom).toBeGreaterThanOrEqual(0);
            expect(run.inputTo).toBeLessThanOrEqual(text.length);
            if (run.exact) expect(run.to - run.from).toBe(run.inputTo - run.inputFrom);
            last = run.to;
          }
        } catch (e) {
          checkThrown(text, e);
        }
      }),
      { numRuns: RUNS },
    );
  });
  it('parseEcho throws only EchoError', () => {
    fc.assert(
      fc.property(paste, (text) => {
        try {
          parseEcho(text);
        } catch (e) {
          expect(e).toBeInstanceOf(EchoError);
          checkThrown(text, e, EchoError);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
