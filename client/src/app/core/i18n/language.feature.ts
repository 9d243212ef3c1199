import { createFeature, createReducer, on } from '@ngrx/store';
import type { Locale } from '@ppm/shared';

import { LanguageDetectionActions, LanguageSwitcherActions } from './language.actions';
import { FALLBACK_LOCALE } from './locales';

export interface LanguageState {
  /** The language the whole interface is shown in. */
  locale: Locale;
}

export const initialLanguageState: LanguageState = { locale: FALLBACK_LOCALE };

export const languageFeature = createFeature({
  name: 'language',
  reducer: createReducer(
    initialLanguageState,
    on(
      LanguageDetectionActions.initialLanguageDetected,
      LanguageDetectionActions.accountLanguageFound,
      LanguageSwitcherActions.languageSelected,
      (state, { locale }): LanguageState => ({ ...state, locale }),
    ),
  ),
});

export const { selectLocale } = languageFeature;
