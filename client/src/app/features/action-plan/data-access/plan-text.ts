import type { Locale, LocalizedText } from '@ppm/shared';

/*
 * Small helpers in place of `@ppm/shared`'s runtime ones: importing values from that package
 * would bring zod into the browser bundles.
 */

/** The text in the locale, or the English one when that is blank. */
export function inLocale(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en;
}

/** The other working language. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ru' : 'en';
}
