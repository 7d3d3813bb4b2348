/**
 * S3's SignatureDoesNotMatch body: `<Error><Code>…</Code><AWSAccessKeyId>…</AWSAccessKeyId>
 * <StringToSign>…</StringToSign><SignatureProvided>…</SignatureProvided><StringToSignBytes>41 57 …
 * </StringToSignBytes><CanonicalRequest>…</CanonicalRequest><CanonicalRequestBytes>…</…></Error>`.
 * The `…Bytes` forms are preferred: they are exact, where the text forms went through XML escaping.
 */
import { EchoError } from './errors';
import type { EchoFields } from './echo-message';
import { elementRange, elementText } from './xml-element';

const decoder = new TextDecoder();

/** Space-separated hex bytes in input[from, to) decoded as UTF-8; a token that is not two hex digits is an error. */
export function decodeHexBytes(input: string, from: number, to: number): string {
  const bytes: number[] = [];
  const token = /\S+/g;
  const body = input.slice(from, to);
  for (let m = token.exec(body); m; m = token.exec(body)) {
    if (!/^[0-9a-fA-F]{2}$/.test(m[0])) throw new EchoError(input, from + m.index, 'hex-byte', m[0]);
    bytes.push(parseInt(m[0], 16));
  }
  return decoder.decode(new Uint8Array(bytes));
}

function exactOrText(input: string, name: string): string | undefined {
  const bytes = elementRange(input, `${name}Bytes`);
  if (bytes) return decodeHexBytes(input, bytes.from, bytes.to);
  return elementText(input, name)?.text;
}

/** The fields of an S3 error body (undefined where an element is absent). */
export function parseS3Xml(input: string): EchoFields {
  return {
    code: elementText(input, 'Code')?.text.trim(),
    accessKeyId: elementText(input, 'AWSAccessKeyId')?.text.trim(),
    signatureProvided: elementText(input, 'SignatureProvided')?.text.trim(),
    stringToSign: exactOrText(input, 'StringToSign'),
    canonicalRequest: exactOrText(input, 'CanonicalRequest'),
  };
}
