import { LanguageDetectionActions, LanguageSwitcherActions } from './language.actions';
import { initialLanguageState, languageFeature, selectLocale } from './language.feature';

describe('languageFeature', () => {
  const { reducer } = languageFeature;

  it('starts in English', () => {
    expect(reducer(undefined, { type: '@@init' })).toEqual({ locale: 'en' });
  });

  describe('when the user selects a language', () => {
    it('holds the selected language', () => {
      const state = reducer(
        initialLanguageState,
        LanguageSwitcherActions.languageSelected({ locale: 'ru' }),
      );
      expect(state.locale).toBe('ru');
    });

    it('can switch back', () => {
      const russian = reducer(
        initialLanguageState,
        LanguageSwitcherActions.languageSelected({ locale: 'ru' }),
      );
      expect(
        reducer(russian, LanguageSwitcherActions.languageSelected({ locale: 'en' })).locale,
      ).toBe('en');
    });
  });

  describe('when start-up detects a language', () => {
    it('holds the detected language', () => {
      const state = reducer(
        initialLanguageState,
        LanguageDetectionActions.initialLanguageDetected({ locale: 'ru' }),
      );
      expect(state.locale).toBe('ru');
    });
  });

  describe('when a signed-in account has a saved language', () => {
    it('holds that language', () => {
      const state = reducer(
        initialLanguageState,
        LanguageDetectionActions.accountLanguageFound({ locale: 'ru' }),
      );
      expect(state.locale).toBe('ru');
    });
  });

  it('ignores unrelated events', () => {
    const state = { locale: 'ru' as const };
    expect(reducer(state, { type: '[Elsewhere] Something Happened' })).toBe(state);
  });

  it('selectLocale reads the language slice of the root state', () => {
    expect(selectLocale({ language: { locale: 'ru' } })).toBe('ru');
  });
});
