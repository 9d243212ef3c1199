import { isLocale, localize } from './locale.js';

describe('localize', () => {
  it('picks the Russian text for ru', () => {
    expect(localize({ en: 'Area', ru: 'Область' }, 'ru')).toBe('Область');
  });
  it('falls back to English when the Russian text is empty', () => {
    expect(localize({ en: 'Area', ru: '' }, 'ru')).toBe('Area');
  });
});

describe('isLocale', () => {
  it('accepts only en and ru', () => {
    expect(['en', 'ru', 'de', 'EN', null].map(isLocale)).toEqual([true, true, false, false, false]);
  });
});
