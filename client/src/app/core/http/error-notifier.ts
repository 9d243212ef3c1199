import type { TranslationParams } from '../i18n/translation-params';
import { Injectable, Injector, inject } from '@angular/core';
import type { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';

import { type ApiError, NETWORK_ERROR } from './api-error';

/** How long an error stays on screen unless dismissed. */
export const ERROR_DURATION_MS = 8000;

/**
 * The root translation key for an API error that has no form field to land on, or `null`
 * when the page that made the call shows it itself (a wrong password, a taken email...).
 */
export function notificationKeyFor(error: ApiError): string | null {
  if (error.status === 0 || error.code === NETWORK_ERROR) {
    return 'errors.network';
  }
  if (error.status === 503) {
    return 'errors.unavailable';
  }
  if (error.status >= 500) {
    return 'errors.server';
  }
  if (error.status === 403 && error.code === 'csrf_failed') {
    return 'errors.csrf';
  }
  if (error.status === 403 && error.code === 'forbidden') {
    return 'errors.forbidden';
  }
  return null;
}

/**
 * The one owner of the snackbar: tells the user, in the active language, about errors no
 * form can show (server unreachable, server failure, not allowed). Material's snackbar is
 * loaded on first use, so it stays out of the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class ErrorNotifier {
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  private snackBar?: Promise<MatSnackBar>;

  /** Shows the message of a root translation key. */
  async notify(key: string, params?: TranslationParams): Promise<void> {
    const snackBar = await this.loadSnackBar();
    snackBar.open(
      this.transloco.translate(key, params),
      this.transloco.translate('errors.dismiss'),
      {
        duration: ERROR_DURATION_MS,
        politeness: 'assertive',
        panelClass: 'app-error-snackbar',
      },
    );
  }

  /** Shows an API error if it is one of those no page shows by itself. */
  async notifyApiError(error: ApiError): Promise<void> {
    const key = notificationKeyFor(error);
    if (key) {
      await this.notify(key);
    }
  }

  private loadSnackBar(): Promise<MatSnackBar> {
    this.snackBar ??= import('@angular/material/snack-bar').then(({ MatSnackBar }) =>
      this.injector.get(MatSnackBar),
    );
    return this.snackBar;
  }
}
