import { DOCUMENT, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { tap } from 'rxjs';

import { LanguageDetectionActions, LanguageSwitcherActions } from './language.actions';
import { LOCALE_STORAGE, LOCALE_STORAGE_KEY, type LocaleStorage } from './locale-detection';

/**
 * Shows the interface in the language just chosen or detected: Transloco re-renders every
 * translated text at once, and `<html lang>` tells screen readers and hyphenation which
 * language they are reading.
 */
export const applyLanguage = createEffect(
  (
    actions$ = inject(Actions),
    transloco: Pick<TranslocoService, 'setActiveLang'> = inject(TranslocoService),
    document: Pick<Document, 'documentElement'> = inject(DOCUMENT),
  ) => {
    return actions$.pipe(
      ofType(
        LanguageDetectionActions.initialLanguageDetected,
        LanguageDetectionActions.accountLanguageFound,
        LanguageSwitcherActions.languageSelected,
      ),
      tap(({ locale }) => {
        transloco.setActiveLang(locale);
        document.documentElement.lang = locale;
      }),
    );
  },
  { functional: true, dispatch: false },
);

/**
 * Remembers a language the user picked (here, or saved in their account), so the next visit
 * starts in it, even on the sign-in page. A language only detected from the browser is not
 * saved: it would otherwise outlive a change of the browser's language.
 */
export const rememberLanguage = createEffect(
  (actions$ = inject(Actions), storage: LocaleStorage | null = inject(LOCALE_STORAGE)) => {
    return actions$.pipe(
      ofType(
        LanguageSwitcherActions.languageSelected,
        LanguageDetectionActions.accountLanguageFound,
      ),
      tap(({ locale }) => {
        try {
          storage?.setItem(LOCALE_STORAGE_KEY, locale);
        } catch {
          // Storage full or blocked: the choice still applies for this visit.
        }
      }),
    );
  },
  { functional: true, dispatch: false },
);
