/**
 * A session token that looks like the ones STS issues: real tokens are base64 of a binary record
 * whose first bytes are 0x21 and a protobuf-style field 1 = "origin_ec" (hence the familiar
 * `IQoJb3JpZ2luX2Vj` start), then the region and an ECDSA signature in DER. The rest is opaque, so
 * here it is seeded noise. Nothing reads it but the service: only the look has to be right.
 */
import { base64, type Rng } from './rng';

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** A DER INTEGER of 32 random bytes, with the leading zero DER needs when the top bit is set. */
function derInteger(rng: Rng): number[] {
  const v = Array.from(rng.bytes(32));
  return v[0]! & 0x80 ? [0x02, 33, 0x00, ...v] : [0x02, 32, ...v];
}

/** A length-prefixed protobuf varint of `n` (n < 2^28 is all we need). */
function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  do {
    out.push((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
    v >>>= 7;
  } while (v > 0);
  return out;
}

/** A seeded session token for `region`: roughly 780 to 1,040 base64 characters, like real ones. */
export function sessionTokenFrom(rng: Rng, region: string): string {
  const r = ascii(region);
  const sig = [...derInteger(rng), ...derInteger(rng)];
  const head = [
    0x21, 0x0a, 0x09, ...ascii('origin_ec'),
    0x10, ...Array.from(rng.bytes(9), (b) => b | 0x80), 0x01,
    0x1a, r.length, ...r,
    0x22, sig.length + 2, 0x30, sig.length, ...sig,
  ];
  const bodyLength = 520 + rng.int(200);
  const body = [0x2a, ...varint(bodyLength), ...rng.bytes(bodyLength)];
  return base64(Uint8Array.from([...head, ...body]));
}
