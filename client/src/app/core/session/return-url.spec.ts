import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('follows a path on our own site, with its query', () => {
    expect(safeReturnUrl('/people?role=admin')).toBe('/people?role=admin');
    expect(safeReturnUrl('/profile')).toBe('/profile');
  });

  describe('when the address could lead elsewhere or nowhere useful', () => {
    for (const value of [
      null,
      undefined,
      '',
      'people',
      '//evil.example/x',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/sign-in',
      '/sign-in?returnUrl=/people',
    ]) {
      it(`sends the person home instead of to ${String(value)}`, () => {
        expect(safeReturnUrl(value)).toBe('/');
      });
    }
  });
});
