/**
 * The one case list every real client is driven with. A case is a request as a person means it:
 * the decoded path (each client serialises it as its SDK would), the query as a person types it
 * (raw `+`, `%2B`, keys without `=`…; SDK clients get it form-decoded), headers in order (repeats
 * allowed), body bytes, and the signing parameters. Fixed fake credentials, fixed times.
 */
import { GENERIC_CASES } from './cases-generic';
import { PRESIGNED_CASES } from './cases-presigned';
import { S3_CASES } from './cases-s3';

export type Mode = 'header' | 'query';

export interface Case {
  readonly id: string;
  readonly service: string;
  readonly region: string;
  /** Lower-case host name, without the port. */
  readonly host: string;
  /** A non-default port; it is part of the signed `host`. */
  readonly port?: number;
  readonly method: string;
  /** The decoded path: every character literal, `/` between segments. */
  readonly path: string;
  /** The query exactly as typed after `?`, never form-decoded here. */
  readonly query?: string;
  readonly headers?: readonly (readonly [string, string])[];
  readonly body?: string | Uint8Array;
  readonly mode: Mode;
  /** A session token signed with the request, or (where a client can) appended after signing. */
  readonly token?: 'signed' | 'appended';
  /** ISO-8601 signing time; curl always uses its own clock instead. */
  readonly time?: string;
  /** X-Amz-Expires of a presigned URL. */
  readonly expires?: number;
  /** curl only: data options replacing `--data-binary BODY` (they must produce the same body). */
  readonly curlData?: readonly string[];
  /** curl only: more options, for headers curl adds itself (which it must not sign). */
  readonly curlExtra?: readonly string[];
}

export const ACCESS_KEY_ID = 'AKIDEXAMPLE';
export const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
/** Shaped like a real STS token: base64 with `+`, `/` and `=`, which must survive every encoding. */
export const SESSION_TOKEN =
  'IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQD+example/token+with=padding==';
export const DEFAULT_TIME = '2015-08-30T12:36:00Z';
export const DEFAULT_EXPIRES = 3600;

export const CASES: readonly Case[] = [...GENERIC_CASES, ...S3_CASES, ...PRESIGNED_CASES];

export function isS3(c: Case): boolean {
  return c.service === 's3';
}

/** The `host` a client signs: the name, and the port when it is not the scheme's default. */
export function authority(c: Case): string {
  return c.port === undefined ? c.host : `${c.host}:${c.port}`;
}

export function bodyBytes(c: Case): Uint8Array {
  if (c.body === undefined) return new Uint8Array(0);
  return typeof c.body === 'string' ? new TextEncoder().encode(c.body) : c.body;
}

export function timeOf(c: Case): string {
  return c.time ?? DEFAULT_TIME;
}

/** `2015-08-30T12:36:00Z` → `20150830T123600Z`. */
export function amzDate(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** `20150830T123600Z` → `2015-08-30T12:36:00Z`. */
export function isoOfAmzDate(amz: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amz);
  if (!m) throw new Error(`not an X-Amz-Date: ${amz}`);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

// A case list that drifts must fail loudly, not quietly test less: ids name tests, so they are
// unique, and the suite promises at least 60 different requests.
const ids = new Set<string>();
for (const c of CASES) {
  if (ids.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
  ids.add(c.id);
}
if (CASES.length < 60) throw new Error(`only ${CASES.length} cases; the real-client suite keeps at least 60`);
