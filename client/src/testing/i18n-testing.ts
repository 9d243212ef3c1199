import type { EnvironmentProviders } from '@angular/core';
import { importProvidersFrom } from '@angular/core';
import {
  type TranslocoMissingHandler,
  TranslocoTestingModule,
  provideTranslocoMissingHandler,
} from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import en from '../../public/i18n/en.json';
import ru from '../../public/i18n/ru.json';

/** The real translation files, for specs that assert what a reader sees. */
export const translations = { en, ru } as const;

/** A template that asks for a key no file defines fails the spec instead of showing the key. */
class FailOnMissingKey implements TranslocoMissingHandler {
  handle(key: string): never {
    throw new Error(`Missing translation for "${key}"`);
  }
}

/**
 * Real Transloco with the real English and Russian files, loaded up front, starting in
 * `lang`. Switching languages in a spec re-renders templates just as in the app.
 */
export function provideTranslocoForTests(lang: Locale = 'en'): EnvironmentProviders[] {
  return [
    importProvidersFrom(
      TranslocoTestingModule.forRoot({
        langs: translations,
        preloadLangs: true,
        translocoConfig: {
          availableLangs: ['en', 'ru'],
          defaultLang: lang,
          reRenderOnLangChange: true,
        },
      }),
    ),
    provideTranslocoMissingHandler(FailOnMissingKey),
  ];
}
