import { DEFAULT_LOCALE, LOCALES } from '@ppm/shared';

import { APP_LOCALES, FALLBACK_LOCALE, isAppLocale } from './locales';

describe('APP_LOCALES', () => {
  it('lists the same languages, in the same order, as @ppm/shared', () => {
    expect([...APP_LOCALES]).toEqual([...LOCALES]);
  });

  it('falls back to the same language as @ppm/shared', () => {
    expect(FALLBACK_LOCALE).toBe(DEFAULT_LOCALE);
  });

  describe('isAppLocale', () => {
    it('accepts the interface languages', () => {
      expect(isAppLocale('en')).toBeTrue();
      expect(isAppLocale('ru')).toBeTrue();
    });

    it('refuses anything else, including region tags and non-strings', () => {
      for (const value of ['de', 'ru-RU', 'EN', '', null, undefined, 7]) {
        expect(isAppLocale(value)).withContext(String(value)).toBeFalse();
      }
    });
  });
});
