import { describe, expect, it } from 'vitest';
import { normalisePath, undouble, uriCauses } from './causes-uri';
import type { CauseId } from './types';

describe('canonical URI causes', () => {
  it('undoes one level of % encoding only', () => {
    expect(undouble('/a%253Db%2520c%3D')).toBe('/a%3Db%20c%3D');
  });

  it('normalises like every service but S3', () => {
    expect(normalisePath('/my-object//example//photo.user')).toBe('/my-object/example/photo.user');
    expect(normalisePath('/a/./b/../c/')).toBe('/a/c/');
    expect(normalisePath('/..')).toBe('/');
  });

  // The same two lines are a different mistake for S3 (the path is encoded once, never cleaned up)
  // than for every other service (encoded twice, cleaned up): the side that breaks the service's rule is the client's.
  it.each<[string, string, string, CauseId[], CauseId[]]>([
    ['server encoded twice, ours once', '/a%253Db', '/a%3Db', ['path-encoded-once'], ['path-sent-double-encoded']],
    ['a key with %20: server %2520, ours %20', '/a%2520b', '/a%20b', ['path-encoded-once'], ['path-sent-double-encoded']],
    ['ours encoded twice, the server once', '/a%20b', '/a%2520b', ['path-sent-unencoded'], ['path-double-encoded']],
    ['the server kept //, ours cleaned up', '/a//b', '/a/b', ['path-kept-as-written'], ['s3-path-normalised']],
    ['the server kept // and encoded once, ours cleaned up and encoded twice', '/a//b%2F', '/a/b%252F', ['path-kept-as-written'], ['s3-path-normalised']],
    ['the server cleaned up, ours kept ./', '/a/b', '/a/./b', ['path-not-normalised'], ['s3-path-sent-normalised']],
    ['the server cleaned up and encoded twice', '/a/b%253D', '/a/./b%3D', ['path-not-normalised', 'path-encoded-once'], ['s3-path-sent-normalised', 'path-sent-double-encoded']],
    ['another path', '/x', '/y', ['uri-differs'], ['uri-differs']],
  ])('%s (server %s, ours %s): %j for execute-api, %j for s3', (_name, server, ours, generic, s3) => {
    expect(uriCauses(server, ours, 'execute-api').map((c) => c.id)).toEqual(generic);
    expect(uriCauses(server, ours, 's3').map((c) => c.id)).toEqual(s3);
  });

  it('names the service in the values its words quote', () => {
    expect(uriCauses('/a%253Db', '/a%3Db', 'lambda')[0]!.params).toEqual({ server: '/a%253Db', ours: '/a%3Db', service: 'lambda' });
  });
});
