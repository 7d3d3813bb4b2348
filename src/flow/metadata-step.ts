/**
 * Step "metadata-request": the instance's conversation with IMDS up to the request for the role's
 * credentials (whose answer is the credential-document step). Follows botocore's IMDSFetcher
 * (utils.py): PUT for a token; on a read timeout give up the token and go on without it (IMDSv1);
 * list `security-credentials/`, then GET the role's path.
 */
import { imdsToken } from './ids';
import { BOTOCORE_USER_AGENT, CREDENTIALS_PATH, IMDS_HOST, TOKEN_TTL_SECONDS, metadataGet, notFoundResponse, textResponse, tokenRequest, tokenResponse, unauthorizedResponse } from './imds-messages';
import { NO_CREDENTIALS, exchange, type BuildContext } from './steps-common';
import type { Exchange, Outcome, StepError } from './types';

/**
 * How long the SDK waits for IMDS, seconds, and how many tries: botocore's
 * DEFAULT_METADATA_SERVICE_TIMEOUT = 1 and `metadata_service_num_attempts` default 1 (AWS CLI
 * configuration docs); the JS SDK v3's IMDS provider also waits 1000 ms.
 */
export const IMDS_TIMEOUT_SECONDS = 1;

/** The IMDS part of a journey and how it ended. */
export interface MetadataExchanges {
  readonly exchanges: readonly Exchange[];
  readonly outcome: Outcome;
  readonly error?: StepError | undefined;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The exchanges with IMDS for a mode; `profile` false: no instance profile (404 on the listing).
 * `userAgent`: the client's (an SDK's botocore, or the AWS CLI's).
 */
export function metadataExchanges(
  ctx: BuildContext,
  mode: 'v2' | 'v1' | 'v2-hop-limited',
  profile: boolean,
  httpTokens: 'optional' | 'required' = 'optional',
  userAgent = BOTOCORE_USER_AGENT,
): MetadataExchanges {
  const role = ctx.scenario.role.name;
  const params = { host: IMDS_HOST, ttl: TOKEN_TTL_SECONDS, role, timeoutSeconds: IMDS_TIMEOUT_SECONDS };
  const out: Exchange[] = [];
  const send = (text: string): number => out.push(exchange('instance', 'imds', 'http-request', text));
  const answer = (text: string, outcome: Outcome = 'ok'): number => out.push(exchange('imds', 'instance', 'http-response', text, outcome));
  let token: string | undefined;
  if (mode !== 'v1') {
    send(tokenRequest(userAgent));
    // With hop limit 1 the token response is sent but dropped at the container's bridge.
    answer(tokenResponse(imdsToken(ctx.seed), ctx.date), mode === 'v2' ? 'ok' : 'timeout');
    if (mode === 'v2') token = imdsToken(ctx.seed);
  }
  send(metadataGet(CREDENTIALS_PATH, token, userAgent));
  if (mode === 'v2-hop-limited' && httpTokens === 'required') {
    answer(unauthorizedResponse(ctx.date), 'fail');
    return { exchanges: out, outcome: 'timeout', error: NO_CREDENTIALS, params };
  }
  if (!profile) {
    answer(notFoundResponse(ctx.date), 'fail');
    return { exchanges: out, outcome: 'fail', error: NO_CREDENTIALS, params };
  }
  // The token was just issued: all of its TTL is left (the messages share one clock).
  answer(textResponse(role, ctx.date, token === undefined ? undefined : TOKEN_TTL_SECONDS));
  send(metadataGet(CREDENTIALS_PATH + role, token, userAgent));
  return { exchanges: out, outcome: 'ok', params };
}
