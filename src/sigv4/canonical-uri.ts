/**
 * Canonical URI. Every service but S3: normalise (drop `.`, empty segments, resolve `..`, keep a
 * trailing `/`) then encode the path as given, so an existing `%3D` becomes `%253D` ("double
 * encoding"). S3: no normalisation, encode once, keep existing `%XX` (vectors README, context.json).
 */
import { SPEC, TextBuilder, type SourcedText } from './provenance';
import type { Spanned } from './request';
import { uriEncode, uriEncodeKeepingEscapes } from './uri-encode';

interface PathSegment {
  text: string;
  start: number;
}

/** The canonical URI of a raw path, with each encoded segment traced to the path segment it encodes. */
export function canonicalUri(path: Spanned, doubleUriEncode: boolean, normalize: boolean): SourcedText {
  const b = new TextBuilder();
  const raw = path.text;
  if (raw === '') return b.push('/', SPEC).build();
  const segments = splitSegments(path);
  if (!normalize) {
    // Keep every segment as written, encoding each; the slashes are the path's own.
    const leading = raw.startsWith('/');
    segments.forEach((seg, i) => {
      if (i > 0 || leading) b.push('/', { kind: 'request', start: seg.start - 1, end: seg.start });
      const enc = doubleUriEncode ? uriEncode(seg.text) : uriEncodeKeepingEscapes(seg.text);
      b.push(enc, { kind: 'request', start: seg.start, end: seg.start + seg.text.length });
    });
    if (!leading) return prependSlash(b.build());
    return b.build();
  }
  const kept: PathSegment[] = [];
  for (const seg of segments) {
    if (seg.text === '' || seg.text === '.') continue;
    if (seg.text === '..') kept.pop();
    else kept.push(seg);
  }
  b.push('/', raw.startsWith('/') ? { kind: 'request', start: path.start, end: path.start + 1 } : SPEC);
  kept.forEach((seg, i) => {
    if (i > 0) b.push('/', SPEC);
    const enc = doubleUriEncode ? uriEncode(seg.text) : uriEncodeKeepingEscapes(seg.text);
    b.push(enc, { kind: 'request', start: seg.start, end: seg.start + seg.text.length });
  });
  if (kept.length > 0 && raw.endsWith('/')) b.push('/', { kind: 'request', start: path.end - 1, end: path.end });
  return b.build();
}

function splitSegments(path: Spanned): PathSegment[] {
  const out: PathSegment[] = [];
  let start = 0;
  const raw = path.text;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || raw.charCodeAt(i) === 47) {
      out.push({ text: raw.slice(start, i), start: path.start + start });
      start = i + 1;
    }
  }
  // A leading '/' yields an empty first segment; drop it so segments are what follows each slash.
  if (raw.startsWith('/')) out.shift();
  return out;
}

function prependSlash(s: SourcedText): SourcedText {
  return new TextBuilder().push('/', SPEC).append(s).build();
}
