/**
 * One differential case: a request and signing parameters, mapped onto our SigningOptions and onto
 * the equivalent smithy call. The mapping is where the two signers' interfaces differ, not their rules:
 * - our `omitSessionToken` (token added after signing) is smithy signing without a token;
 * - our `payloadHash` option is smithy reading `x-amz-content-sha256` (left unsigned unless our
 *   signer adds that header too, i.e. header mode with signBody);
 * - our `signBody` is smithy's `applyChecksum`;
 * - query mode keeps `x-amz-*` headers as headers (`unhoistableHeaders`), as the vectors do.
 */
import fc from 'fast-check';
import { profileRules, type Profile, type SigningMode, type SigningOptions } from '../options';
import { amzDateOf } from '../time';
import * as arb from './arbitraries';
import { requestText, type RequestSpec } from './request-spec';
import { smithyRequestOf, type SmithyInput } from './smithy';

/** Everything one comparison needs. */
export interface DiffCase {
  readonly spec: RequestSpec;
  readonly profile: Profile;
  readonly mode: SigningMode;
  /** Header mode: add and sign x-amz-content-sha256 (the profile's default, or the other way round). */
  readonly signBody: boolean;
  readonly credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string | undefined };
  readonly region: string;
  readonly service: string;
  readonly signingDate: Date;
  readonly expiresIn: number;
  readonly omitSessionToken: boolean;
  readonly payloadHash: string | undefined;
}

/** Random differential cases over both profiles and both modes. */
export const diffCase: fc.Arbitrary<DiffCase> = fc
  .tuple(fc.constantFrom<Profile>('generic', 's3'), fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb.payloadHashValue }))
  .chain(([profile, payloadHash]) =>
    fc.record({
      spec: arb.requestSpec({ profile, contentSha256: payloadHash === undefined }),
      profile: fc.constant(profile),
      mode: fc.constantFrom<SigningMode>('header', 'query'),
      signBody: fc.oneof({ weight: 3, arbitrary: fc.constant(profileRules(profile).signBody) }, { weight: 1, arbitrary: fc.boolean() }),
      credentials: arb.credentials,
      region: arb.region,
      service: arb.service,
      signingDate: arb.signingDate,
      expiresIn: arb.expiresIn,
      omitSessionToken: fc.boolean(),
      payloadHash: fc.constant(payloadHash),
    }),
  );

/** Our signing options for a case (never-signed headers skipped, as smithy does). */
export function ourOptions(c: DiffCase, overrides: Partial<SigningOptions> = {}): SigningOptions {
  return {
    ...profileRules(c.profile),
    signBody: c.signBody,
    credentials: c.credentials,
    region: c.region,
    service: c.service,
    signingTime: amzDateOf(c.signingDate)!,
    mode: c.mode,
    expiresIn: c.expiresIn,
    payloadHash: c.payloadHash,
    omitSessionToken: c.omitSessionToken,
    skipNeverSignedHeaders: true,
    ...overrides,
  };
}

/** The request text our parser reads. */
export function ourText(c: DiffCase): string {
  return requestText(c.spec);
}

/** The equivalent smithy call. */
export function smithyInputOf(c: DiffCase): SmithyInput {
  const request = smithyRequestOf(c.spec);
  const signBody = c.signBody && c.mode === 'header';
  const unsignableHeaders = new Set<string>();
  if (c.payloadHash !== undefined) {
    request.headers['x-amz-content-sha256'] = c.payloadHash;
    if (!signBody) unsignableHeaders.add('x-amz-content-sha256');
  }
  const { accessKeyId, secretAccessKey, sessionToken } = c.credentials;
  const signedToken = sessionToken !== undefined && !c.omitSessionToken;
  return {
    request,
    credentials: signedToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey },
    region: c.region,
    service: c.service,
    signingDate: c.signingDate,
    mode: c.mode,
    expiresIn: c.expiresIn,
    uriEscapePath: c.profile === 'generic',
    applyChecksum: signBody,
    unsignableHeaders,
    unhoistableHeaders: new Set(Object.keys(request.headers).filter((n) => n.startsWith('x-amz-'))),
  };
}
