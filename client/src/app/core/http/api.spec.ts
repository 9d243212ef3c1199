import { handlesOwnUnauthorized, isApiUrl } from './api';

describe('API addresses', () => {
  it('tell API calls from other requests', () => {
    expect(isApiUrl('/api/v1/users')).toBeTrue();
    expect(isApiUrl('/api/v1/users?role=admin')).toBeTrue();
    expect(isApiUrl('/i18n/en.json')).toBeFalse();
    expect(isApiUrl('/api/v10/users')).toBeFalse();
  });

  describe('handlesOwnUnauthorized', () => {
    it('is true for calls whose 401 answers the caller', () => {
      expect(handlesOwnUnauthorized('POST', '/api/v1/auth/login')).toBeTrue();
      expect(handlesOwnUnauthorized('POST', '/api/v1/auth/logout')).toBeTrue();
      expect(handlesOwnUnauthorized('GET', '/api/v1/auth/me')).toBeTrue();
      expect(handlesOwnUnauthorized('GET', '/api/v1/auth/links/abc')).toBeTrue();
      expect(handlesOwnUnauthorized('POST', '/api/v1/auth/password-reset')).toBeTrue();
    });

    it('is false where a 401 means the session ended', () => {
      expect(handlesOwnUnauthorized('GET', '/api/v1/users')).toBeFalse();
      expect(handlesOwnUnauthorized('GET', '/api/v1/auth/tokens')).toBeFalse();
      expect(handlesOwnUnauthorized('PATCH', '/api/v1/auth/me')).toBeFalse();
      expect(handlesOwnUnauthorized('POST', '/api/v1/auth/password')).toBeFalse();
    });
  });
});
