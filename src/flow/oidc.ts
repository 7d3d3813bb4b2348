/**
 * The OIDC token an EKS pod presents to AssumeRoleWithWebIdentity: a projected service-account
 * token, a JWT (RFC 7519) signed RS256 by the cluster's issuer. The signature here is seeded noise of
 * the right size (256 bytes); nothing in the flow verifies it, STS would, against the issuer's keys.
 */
import { addSeconds, epochSeconds } from './clock';
import { requestId } from './ids';
import { base64, base64Text, rngFor, type Seed } from './rng';
import { STS_AUDIENCE, eksProvider } from './accounts';

/** A token and what it says. */
export interface OidcToken {
  /** The compact JWT: header.payload.signature, base64url without padding. */
  readonly jwt: string;
  /** The decoded payload, pretty-printed: what the trust policy's `aud` and `sub` conditions see. */
  readonly claimsText: string;
  readonly issuer: string;
  readonly subject: string;
  readonly audience: string;
}

/** EKS projects IRSA tokens valid for 24 hours (EKS user guide, "Configure pods to use a service account"). */
const TOKEN_LIFETIME_SECONDS = 86400;

/**
 * The projected service-account token of the pod, issued at `date`, for `subject`
 * (`system:serviceaccount:<ns>:<name>`), meant for `audience`: STS for IRSA, `pods.eks.amazonaws.com`
 * for the EKS Pod Identity Agent.
 */
export function eksServiceAccountToken(seed: Seed, date: Date, region: string, subject: string, audience = STS_AUDIENCE): OidcToken {
  const rng = rngFor(seed, 'oidc-token');
  const issuer = `https://${eksProvider(region)}`;
  const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(subject);
  const [namespace, account] = m ? [m[1]!, m[2]!] : ['default', 'default'];
  const iat = epochSeconds(date);
  const claims = {
    aud: [audience],
    exp: epochSeconds(addSeconds(date, TOKEN_LIFETIME_SECONDS)),
    iat,
    iss: issuer,
    'kubernetes.io': {
      namespace,
      pod: { name: `${account}-7d4b9c6f58-${rng.chars('bcdfghjklmnpqrstvwxz2456789', 5)}`, uid: requestId(seed, 'pod-uid') },
      serviceaccount: { name: account, uid: requestId(seed, 'service-account-uid') },
    },
    nbf: iat,
    sub: subject,
  };
  const header = { alg: 'RS256', kid: rng.chars('0123456789abcdef', 40) };
  const jwt = [base64Text(JSON.stringify(header), 'url-nopad'), base64Text(JSON.stringify(claims), 'url-nopad'), base64(rng.bytes(256), 'url-nopad')].join('.');
  return { jwt, claimsText: JSON.stringify(claims, null, 2), issuer, subject, audience };
}
