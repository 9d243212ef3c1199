import { DOCUMENT, InjectionToken, inject } from '@angular/core';
import type { Locale } from '@ppm/shared';

import { APP_LOCALES, FALLBACK_LOCALE, isAppLocale } from './locales';

/** Where the user's explicit language choice is remembered across visits. */
export const LOCALE_STORAGE_KEY = 'ppm.locale';

/** The part of `Storage` the language feature needs; tests pass an in-memory fake. */
export type LocaleStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** `localStorage`, or `null` where the browser refuses it (private modes, blocked cookies). */
export const LOCALE_STORAGE = new InjectionToken<LocaleStorage | null>('LOCALE_STORAGE', {
  providedIn: 'root',
  factory: () => {
    try {
      return inject(DOCUMENT).defaultView?.localStorage ?? null;
    } catch {
      return null;
    }
  },
});

/** The browser's preferred languages, most preferred first (BCP 47 tags such as "ru-RU"). */
export const BROWSER_LANGUAGES = new InjectionToken<readonly string[]>('BROWSER_LANGUAGES', {
  providedIn: 'root',
  factory: () => {
    const navigator = inject(DOCUMENT).defaultView?.navigator;
    if (!navigator) {
      return [];
    }
    return navigator.languages.length ? navigator.languages : [navigator.language];
  },
});

/** Reads the remembered choice; a storage that throws counts as "nothing remembered". */
export function readSavedLocale(storage: LocaleStorage | null): string | null {
  try {
    return storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * The language to start in: the user's saved choice wins; otherwise the first of the
 * browser's preferred languages that we support ("ru-RU" → ru, "en-GB" → en); otherwise
 * English.
 */
export function pickInitialLocale(
  saved: string | null,
  browserLanguages: readonly string[],
): Locale {
  if (isAppLocale(saved)) {
    return saved;
  }
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = APP_LOCALES.find((locale) => locale === primary);
    if (match) {
      return match;
    }
  }
  return FALLBACK_LOCALE;
}
