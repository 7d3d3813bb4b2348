/**
 * Real client 1: `@smithy/signature-v4`, the signer of the AWS SDK for JavaScript v3, on every case.
 * In-process, so always available.
 */
import { CASES, type Case } from './cases';
import { clientSuite, type ClientResult } from './harness';
import { smithyCallOf, smithySign } from './smithy-client';

async function signAll(cases: readonly Case[]): Promise<ReadonlyMap<string, ClientResult>> {
  const out = new Map<string, ClientResult>();
  for (const c of cases) out.set(c.id, await smithySign(smithyCallOf(c)));
  return out;
}

clientSuite({ client: '@smithy/signature-v4', cases: CASES, signAll, negative: 'dynamodb-json-utf8' });
