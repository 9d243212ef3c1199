import type { EnvironmentProviders } from '@angular/core';
import { importProvidersFrom } from '@angular/core';
import {
  type Translation,
  type TranslocoMissingHandler,
  TranslocoTestingModule,
  provideTranslocoMissingHandler,
} from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import en from '../../public/i18n/en.json';
import ru from '../../public/i18n/ru.json';
import authEn from '../../public/i18n/auth/en.json';
import authRu from '../../public/i18n/auth/ru.json';
import peopleEn from '../../public/i18n/people/en.json';
import peopleRu from '../../public/i18n/people/ru.json';
import profileEn from '../../public/i18n/profile/en.json';
import profileRu from '../../public/i18n/profile/ru.json';
import actionPlanEn from '../../public/i18n/action-plan/en.json';
import actionPlanRu from '../../public/i18n/action-plan/ru.json';
import statesEn from '../../public/i18n/states/en.json';
import statesRu from '../../public/i18n/states/ru.json';
import auditEn from '../../public/i18n/audit/en.json';
import auditRu from '../../public/i18n/audit/ru.json';
import homeEn from '../../public/i18n/home/en.json';
import homeRu from '../../public/i18n/home/ru.json';
import cyclesEn from '../../public/i18n/cycles/en.json';
import cyclesRu from '../../public/i18n/cycles/ru.json';
import notificationsEn from '../../public/i18n/notifications/en.json';
import notificationsRu from '../../public/i18n/notifications/ru.json';
import reportsEn from '../../public/i18n/reports/en.json';
import reportsRu from '../../public/i18n/reports/ru.json';
import evaluationsEn from '../../public/i18n/evaluations/en.json';
import evaluationsRu from '../../public/i18n/evaluations/ru.json';
import analyticsEn from '../../public/i18n/analytics/en.json';
import analyticsRu from '../../public/i18n/analytics/ru.json';
import type { TranslationScope } from '../app/core/i18n/translation-scopes';

/** The real root translation files, for specs that assert what a reader sees. */
export const translations = { en, ru } as const;

/**
 * Every scope's real files, by scope. Typed by `TRANSLATION_SCOPES`, so adding a scope there
 * fails to compile until its files are listed here too (and the translations spec checks them).
 */
export const scopedTranslations: Readonly<
  Record<TranslationScope, Readonly<Record<Locale, Translation>>>
> = {
  auth: { en: authEn, ru: authRu },
  profile: { en: profileEn, ru: profileRu },
  people: { en: peopleEn, ru: peopleRu },
  'action-plan': { en: actionPlanEn, ru: actionPlanRu },
  states: { en: statesEn, ru: statesRu },
  audit: { en: auditEn, ru: auditRu },
  home: { en: homeEn, ru: homeRu },
  cycles: { en: cyclesEn, ru: cyclesRu },
  notifications: { en: notificationsEn, ru: notificationsRu },
  reports: { en: reportsEn, ru: reportsRu },
  evaluations: { en: evaluationsEn, ru: evaluationsRu },
  analytics: { en: analyticsEn, ru: analyticsRu },
};

/** Root and scoped files as Transloco's testing loader wants them: "en", "auth/en"... */
function allLanguages(): Record<string, Translation> {
  const langs: Record<string, Translation> = { ...translations };
  for (const [scope, files] of Object.entries(scopedTranslations)) {
    for (const [lang, translation] of Object.entries(files)) {
      langs[`${scope}/${lang}`] = translation;
    }
  }
  return langs;
}

/** A template that asks for a key no file defines fails the spec instead of showing the key. */
class FailOnMissingKey implements TranslocoMissingHandler {
  handle(key: string): never {
    throw new Error(`Missing translation for "${key}"`);
  }
}

/**
 * Real Transloco with the real English and Russian files (the root ones and every feature
 * scope), loaded up front, starting in `lang`. Switching languages in a spec re-renders
 * templates just as in the app.
 */
export function provideTranslocoForTests(lang: Locale = 'en'): EnvironmentProviders[] {
  return [
    importProvidersFrom(
      TranslocoTestingModule.forRoot({
        langs: allLanguages(),
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
