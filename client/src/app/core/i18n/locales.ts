import type { Locale } from '@ppm/shared';

/*
 * The interface languages, mirrored from `@ppm/shared` as types only. Importing the
 * shared package's runtime values here would pull zod (its locale module builds zod
 * schemas when loaded) into the initial bundle; `locales.spec.ts` checks that this list
 * and the shared one never drift apart.
 */

/** The languages the interface is offered in, in switch order. */
export const APP_LOCALES = ['en', 'ru'] as const satisfies readonly Locale[];

/** English: the fallback language of the Prague Process. */
export const FALLBACK_LOCALE = 'en' satisfies Locale;

type Unlisted = Exclude<Locale, (typeof APP_LOCALES)[number]>;
type MustBeTrue<T extends true> = T;
/** Fails to compile if `@ppm/shared` gains a locale that `APP_LOCALES` lacks. */
export type EveryLocaleListed = MustBeTrue<[Unlisted] extends [never] ? true : false>;

export function isAppLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}
