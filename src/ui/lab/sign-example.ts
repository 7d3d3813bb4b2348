/** Signs an example with the core: the page shows what this returns and computes nothing itself. */
import {
  SigV4Error,
  parseRequest,
  parseSigningTime,
  profileRules,
  signRequest,
  type SigningOptions,
  type Trace,
} from '../../sigv4';
import type { SigningExample } from '../../content/examples';

/** Why signing failed, with the position in the request text when the core knows it. */
export interface SignFailure {
  readonly message: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
}

/** A trace, or the reason there is none. */
export type SignOutcome = { readonly ok: true; readonly trace: Trace } | { readonly ok: false; readonly failure: SignFailure };

/** The resolved signing options of an example (its profile expanded into rules). */
export function optionsOf(example: SigningExample): SigningOptions {
  const signingTime = parseSigningTime(example.signingTime);
  if (signingTime === null) {
    throw new SigV4Error({ source: 'options', expected: 'timestamp', found: example.signingTime, field: 'signingTime' });
  }
  return {
    credentials: {
      accessKeyId: example.accessKeyId,
      secretAccessKey: example.secretAccessKey,
      sessionToken: example.sessionToken,
    },
    region: example.region,
    service: example.service,
    signingTime,
    mode: example.mode,
    expiresIn: example.expiresIn,
    ...profileRules(example.profile),
    omitSessionToken: false,
    skipNeverSignedHeaders: false,
  };
}

/** Parses and signs an example; never throws. */
export function signExample(example: SigningExample): SignOutcome {
  try {
    const request = parseRequest(example.request, 'raw');
    return { ok: true, trace: signRequest(request, optionsOf(example)) };
  } catch (error) {
    if (error instanceof SigV4Error) {
      return { ok: false, failure: { message: error.message, line: error.line, column: error.column } };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { message, line: undefined, column: undefined } };
  }
}
