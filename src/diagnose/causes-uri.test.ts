import { describe, expect, it } from 'vitest';
import { normalisePath, undouble, uriCauses } from './causes-uri';

describe('canonical URI causes', () => {
  it('undoes one level of % encoding only', () => {
    expect(undouble('/a%253Db%2520c%3D')).toBe('/a%3Db%20c%3D');
  });

  it('normalises like every service but S3', () => {
    expect(normalisePath('/my-object//example//photo.user')).toBe('/my-object/example/photo.user');
    expect(normalisePath('/a/./b/../c/')).toBe('/a/c/');
    expect(normalisePath('/..')).toBe('/');
  });

  it.each([
    ['/a%253Db', '/a%3Db', 'path-encoded-once'],
    ['/a%3Db', '/a%253Db', 'path-double-encoded'],
    ['/a//b', '/a/b', 's3-path-normalised'],
    ['/a//b%2F', '/a/b%252F', 's3-path-normalised'],
    ['/a/b', '/a/./b', 'path-not-normalised'],
    ['/x', '/y', 'uri-differs'],
  ])('server %s, ours %s: %s', (server, ours, id) => {
    expect(uriCauses(server, ours)[0]!.id).toBe(id);
  });
});
