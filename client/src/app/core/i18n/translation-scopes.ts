import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { TranslocoService, provideTranslocoScope } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';

/**
 * Every scoped translation folder under `public/i18n/` (`<scope>/en.json`, `<scope>/ru.json`),
 * one per feature. A feature registers its scope on its routes with `provideTranslationScope`
 * (and `translationScopeLoaded` as a resolver) and reads its keys as `<scope>.<key>`; the root
 * `en.json`/`ru.json` keep the shell and shared UI only. Append your feature here (and its
 * files to `src/testing/i18n-testing.ts`): the translations spec then checks them too.
 */
export const TRANSLATION_SCOPES = [
  'auth',
  'profile',
  'people',
  'action-plan',
  'states',
  'audit',
  'home',
  'cycles',
  'notifications',
  'reports',
  'evaluations',
  'analytics',
] as const;

export type TranslationScope = (typeof TRANSLATION_SCOPES)[number];

/**
 * Lets the route's pages read the scope's keys, loading its file in the active language
 * (and again after each language switch). Put it in the route's `providers`.
 */
export function provideTranslationScope(
  scope: TranslationScope,
): ReturnType<typeof provideTranslocoScope> {
  return provideTranslocoScope(scope);
}

/**
 * A route resolver that waits for the scope's texts in the active language, so the page
 * never shows a blank label on its first render. A failed load does not block the page:
 * Transloco falls back to English.
 */
export function translationScopeLoaded(scope: TranslationScope): ResolveFn<boolean> {
  return () => {
    const transloco = inject(TranslocoService);
    return transloco.load(`${scope}/${transloco.getActiveLang()}`).pipe(
      map(() => true),
      catchError(() => of(false)),
    );
  };
}

/**
 * The prefix a scope's keys carry: Transloco camel-cases scope names, so the keys of the
 * "action-plan" scope read "actionPlan.title".
 */
export function scopeKeyPrefix(scope: TranslationScope): string {
  return scope.replace(/[-_/]+(\w)/g, (_match: string, next: string) => next.toUpperCase());
}

/** The scope a key such as "people.title" or "actionPlan.title" belongs to, if any. */
export function scopeOfKey(key: string): TranslationScope | undefined {
  const first = key.split('.', 1)[0];
  return TRANSLATION_SCOPES.find((scope) => scopeKeyPrefix(scope) === first);
}
