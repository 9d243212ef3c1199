import {
  type EnvironmentProviders,
  type Provider,
  inject,
  isDevMode,
  provideAppInitializer,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { TranslocoService, provideTransloco } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';

import { LanguageDetectionActions } from './language.actions';
import { APP_LOCALES, FALLBACK_LOCALE } from './locales';
import {
  BROWSER_LANGUAGES,
  LOCALE_STORAGE,
  pickInitialLocale,
  readSavedLocale,
} from './locale-detection';
import { TranslatedTitleStrategy } from './translated-title-strategy';
import { TranslocoHttpLoader } from './transloco-http-loader';

/**
 * Transloco reading `/i18n/<lang>.json`, translated page titles, and a start-up step that
 * picks the first language. Needs the root store (with `languageFeature` and the language
 * effects) and `HttpClient`.
 */
export function provideI18n(): (Provider | EnvironmentProviders)[] {
  return [
    provideTransloco({
      config: {
        availableLangs: [...APP_LOCALES],
        defaultLang: FALLBACK_LOCALE,
        fallbackLang: FALLBACK_LOCALE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(startInDetectedLanguage),
  ];
}

/**
 * Announces the first language (saved choice, else browser language, else English) and
 * holds the first render until its texts have arrived, so nobody sees raw keys. If the
 * texts cannot be loaded the app still starts; Transloco falls back to English.
 */
export async function startInDetectedLanguage(): Promise<void> {
  const locale = pickInitialLocale(
    readSavedLocale(inject(LOCALE_STORAGE)),
    inject(BROWSER_LANGUAGES),
  );
  const transloco = inject(TranslocoService);
  inject(Store).dispatch(LanguageDetectionActions.initialLanguageDetected({ locale }));
  try {
    await firstValueFrom(transloco.load(locale));
  } catch {
    // Leave it to Transloco's fallback; a blank screen would be worse.
  }
}
