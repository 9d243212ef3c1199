import { z } from 'zod';
import { MAX_TITLE_LENGTH } from '../reporting/limits.js';
import { wellFormedString } from '../text/well-formed-text.js';

/** The two working languages of the Prague Process. English is the fallback. */
export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const localeSchema = z.enum(LOCALES);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export { MAX_TITLE_LENGTH } from '../reporting/limits.js';

/** A text given in both working languages; neither may be blank. */
export const localizedTextSchema = z.object({
  en: wellFormedString().trim().min(1).max(MAX_TITLE_LENGTH),
  ru: wellFormedString().trim().min(1).max(MAX_TITLE_LENGTH),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Picks the text for a locale, falling back to English when the locale's text is missing. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] || text[DEFAULT_LOCALE];
}
