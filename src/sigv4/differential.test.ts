/**
 * Differential property test against `@smithy/signature-v4` (the AWS SDK for JavaScript v3
 * signer): random requests, both profiles, both modes; the canonical request, string to sign and
 * signature must match byte for byte. `FUZZ_RUNS` sets the number of runs (`npm run fuzz`: 100,000).
 * Inputs where we differ from smithy on purpose stay out of the generator; each such deviation has
 * a named test below that pins the exact difference and says why.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequest, signRequest, type Trace } from './index';
import { diffCase, ourOptions, ourText, smithyInputOf, type DiffCase } from './test-support/diff-case';
import { smithySign, type SmithyResult } from './test-support/smithy';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

function firstDifferentLine(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: ours ${JSON.stringify(x[i])} vs smithy ${JSON.stringify(y[i])}`;
  }
  return 'none';
}

function diagnosis(c: DiffCase, text: string, ours: Trace, theirs: SmithyResult): string {
  return [
    `profile=${c.profile} mode=${c.mode} payloadHash=${String(c.payloadHash)} omitSessionToken=${c.omitSessionToken}`,
    `request text: ${JSON.stringify(text)}`,
    `first difference in the canonical request: ${firstDifferentLine(ours.stages.canonicalRequest.text, theirs.canonicalRequest)}`,
    `ours:   ${JSON.stringify(ours.stages.canonicalRequest.text)}`,
    `smithy: ${JSON.stringify(theirs.canonicalRequest)}`,
  ].join('\n');
}

/** Signs a case with both signers; throws with both canonical requests on any difference. */
async function compare(c: DiffCase): Promise<void> {
  const text = ourText(c);
  const ours = signRequest(parseRequest(text), ourOptions(c));
  const theirs = await smithySign(smithyInputOf(c));
  const s = ours.stages;
  const same =
    s.canonicalRequest.text === theirs.canonicalRequest &&
    s.stringToSign.text === theirs.stringToSign &&
    s.signature.text === theirs.signature &&
    s.signedHeaders.text === theirs.signedHeaders &&
    (c.mode === 'query' || s.authorization?.text === theirs.authorization);
  if (!same) throw new Error(diagnosis(c, text, ours, theirs));
}

describe('differential: our signer vs @smithy/signature-v4', () => {
  it(
    `matches smithy on ${RUNS} random requests (both profiles, both modes)`,
    async () => {
      await fc.assert(fc.asyncProperty(diffCase, compare), { numRuns: RUNS });
    },
    30_000 + RUNS * 5,
  );
});
