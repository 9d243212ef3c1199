import {
  LOCALE_STORAGE_KEY,
  type LocaleStorage,
  pickInitialLocale,
  readSavedLocale,
} from './locale-detection';

describe('pickInitialLocale', () => {
  describe('when the user chose a language before', () => {
    it('starts in the saved choice, even against the browser language', () => {
      expect(pickInitialLocale('en', ['ru-RU', 'ru'])).toBe('en');
      expect(pickInitialLocale('ru', ['en-GB'])).toBe('ru');
    });
  });

  describe('when nothing usable is saved', () => {
    it('starts in Russian for a browser that prefers Russian', () => {
      expect(pickInitialLocale(null, ['ru-RU', 'en-US'])).toBe('ru');
      expect(pickInitialLocale(null, ['ru'])).toBe('ru');
    });

    it('starts in English for a browser that prefers English', () => {
      expect(pickInitialLocale(null, ['en-GB', 'ru'])).toBe('en');
    });

    it('takes the first of the browser languages that the interface offers', () => {
      expect(pickInitialLocale(null, ['kk-KZ', 'ru-KZ', 'en'])).toBe('ru');
      expect(pickInitialLocale(null, ['de-AT', 'en', 'ru'])).toBe('en');
    });

    it('ignores a saved value that is not an interface language', () => {
      expect(pickInitialLocale('fr', ['ru-RU'])).toBe('ru');
      expect(pickInitialLocale('', ['ru-RU'])).toBe('ru');
    });

    it('reads language tags case-insensitively', () => {
      expect(pickInitialLocale(null, ['RU-ru'])).toBe('ru');
    });

    it('falls back to English when the browser offers nothing we speak', () => {
      expect(pickInitialLocale(null, ['de-DE', 'fr'])).toBe('en');
      expect(pickInitialLocale(null, [])).toBe('en');
    });
  });
});

describe('readSavedLocale', () => {
  it('reads the value stored under ppm.locale', () => {
    const storage: LocaleStorage = {
      getItem: (key) => (key === LOCALE_STORAGE_KEY ? 'ru' : null),
      setItem: () => undefined,
    };
    expect(LOCALE_STORAGE_KEY).toBe('ppm.locale');
    expect(readSavedLocale(storage)).toBe('ru');
  });

  it('treats a browser without storage as nothing saved', () => {
    expect(readSavedLocale(null)).toBeNull();
  });

  it('treats a storage that refuses access as nothing saved', () => {
    const blocked: LocaleStorage = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(readSavedLocale(blocked)).toBeNull();
  });
});
