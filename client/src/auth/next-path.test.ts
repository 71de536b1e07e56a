import { describe, expect, it } from 'vitest';
import { safeNext, signInPathFor } from './next-path';

describe('safeNext', () => {
  it('follows a path on this site, keeping its query', () => {
    expect(safeNext('/depot?case=123')).toBe('/depot?case=123');
  });

  it.each([null, '', 'crew', 'https://evil.example/', '//evil.example/x', '/\\evil.example', '/\t/evil.example'])(
    'refuses %j',
    (next) => {
      expect(safeNext(next)).toBeNull();
    },
  );

  it('does not send a signed-in person back to sign in', () => {
    expect(safeNext('/sign-in?next=/crew')).toBeNull();
  });
});

describe('signInPathFor', () => {
  it('remembers the page', () => {
    expect(signInPathFor({ pathname: '/depot', search: '?q=pothole', hash: '' })).toBe(
      '/sign-in?next=%2Fdepot%3Fq%3Dpothole',
    );
  });

  it('has nothing to remember for the front door', () => {
    expect(signInPathFor({ pathname: '/', search: '', hash: '' })).toBe('/sign-in');
  });
});
