/**
 * The assertions every client file shares, and the project's skip rule: a client that is not
 * installed skips only when CI is unset; under CI its absence is a failing test that says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isS3, type Case } from './cases';
import { cleanUp, contextFor, firstDifference, ourSign, ourVerify, verifyContext, type OurSignature } from './our-side';
import { sentBytes, signedHeaderNames, splitUrl, tampered, unsignedBytes, type Sent } from './wire';

/** What a client produced for a case: the request it sends, and the stages it exposes. */
export interface ClientResult {
  readonly sent: Sent;
  readonly signature: string;
  readonly canonicalRequest?: string;
  readonly stringToSign?: string;
  /**
   * The request as the client was given it, where that is itself sendable (aws4 takes the query as
   * typed and re-serialises it): our signature of it must be the client's too, since a server
   * form-decodes the query it receives.
   */
  readonly typed?: Sent;
}

/** true when the client can be used; otherwise registers the skip (CI unset) or the failure (CI set). */
export function clientAvailable(client: string, missing: string | null): boolean {
  if (missing === null) return true;
  if (process.env.CI === undefined) {
    describe.skip(`${client} is not available (${missing}); skipped because CI is unset`, () => {
      it('compares our signer with it', () => undefined);
    });
  } else {
    describe(client, () => {
      it('is installed (required under CI)', () => {
        throw new Error(`${client} is required under CI but ${missing}; .ci/run installs it with apt-get as root`);
      });
    });
  }
  return false;
}

/** The unsigned request our CLI signs for what a client sent. */
export function ourSignatureFor(c: Case, sent: Sent): OurSignature {
  const added = { tokenSigned: c.mode === 'header' && c.token === 'signed', signBody: isS3(c) && c.mode === 'header' };
  return ourSign(unsignedBytes(sent, added), contextFor(c), c.mode);
}

/** Our signature, and the canonical request and string to sign where the client exposes them, equal the client's. */
export function expectSameSignature(ours: OurSignature, theirs: Pick<ClientResult, 'signature' | 'canonicalRequest' | 'stringToSign'>): void {
  const where = theirs.canonicalRequest === undefined ? '' : firstDifference(ours.canonicalRequest, theirs.canonicalRequest);
  if (theirs.canonicalRequest !== undefined) expect(ours.canonicalRequest, where).toBe(theirs.canonicalRequest);
  if (theirs.stringToSign !== undefined) expect(ours.stringToSign, 'string to sign').toBe(theirs.stringToSign);
  expect(ours.signature, `signature; ${where}`).toBe(theirs.signature);
}

/**
 * The signed request as `--verify` reads it: a presigned GET URL that signs only `host` is given as
 * the URL alone (how such URLs are shared; a URL means GET); anything else as the raw HTTP sent.
 */
export function verifyInput(sent: Sent): string | Buffer {
  const names = signedHeaderNames(sent);
  const auth = sent.headers.some(([n]) => n.toLowerCase() === 'authorization');
  if (!auth && sent.method === 'GET' && names.length === 1 && names[0] === 'host') return sent.url;
  return sentBytes(sent);
}

/** Cases whose token is in the sent request; --verify is told the token too. */
function hasToken(c: Case): boolean {
  return c.token !== undefined;
}

export interface SuiteOptions {
  readonly client: string;
  readonly cases: readonly Case[];
  /** Signs every case once (one subprocess for all, where the client is a process). */
  readonly signAll: (cases: readonly Case[]) => Promise<ReadonlyMap<string, ClientResult>>;
  /** The case whose sent request is tampered with for the negative test. */
  readonly negative: string;
  /** The client returns `typed` for every case. */
  readonly typed?: boolean;
}

/** Registers, per case, "our signature equals the client's" and "--verify of what it sends matches". */
export function clientSuite(o: SuiteOptions): void {
  describe(o.client, () => {
    let results: ReadonlyMap<string, ClientResult> = new Map();
    beforeAll(async () => {
      results = await o.signAll(o.cases);
    }, 30_000);
    afterAll(cleanUp);
    const result = (c: Case): ClientResult => {
      const r = results.get(c.id);
      if (!r) throw new Error(`${o.client} produced nothing for ${c.id}`);
      return r;
    };

    it.each(o.cases)('$id: our signature equals the client’s', (c) => {
      const theirs = result(c);
      expectSameSignature(ourSignatureFor(c, theirs.sent), theirs);
    });

    if (o.typed) {
      it.each(o.cases)('$id: our signature of the request as typed equals the client’s', (c) => {
        const theirs = result(c);
        if (!theirs.typed) throw new Error(`${o.client} gave no typed request for ${c.id}`);
        expectSameSignature(ourSignatureFor(c, theirs.typed), { signature: theirs.signature });
      });
    }

    it.each(o.cases)('$id: our --verify of the request the client sends matches', (c) => {
      const verdict = ourVerify(verifyInput(result(c).sent), verifyContext(hasToken(c)));
      expect(verdict.result, `firstDifference: ${verdict.firstDifference}`).toBe('match');
      expect(verdict.firstDifference).toBeNull();
    });

    it(`a changed byte in what the client sends (${o.negative}) gives mismatch`, () => {
      const c = o.cases.find((x) => x.id === o.negative);
      if (!c) throw new Error(`no case ${o.negative}`);
      const bad = tampered(result(c).sent);
      expect(splitUrl(bad.url).target).not.toBe(splitUrl(result(c).sent.url).target);
      const verdict = ourVerify(verifyInput(bad), verifyContext(hasToken(c)));
      expect(verdict.result).toBe('mismatch');
      expect(verdict.firstDifference).not.toBeNull();
    });
  });
}
