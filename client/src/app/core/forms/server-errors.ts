import type { TranslationParams } from '../i18n/translation-params';
import type { AbstractControl } from '@angular/forms';

import type { ApiError } from '../http/api-error';

/**
 * A server's complaint about one field, ready to show: a root translation key (under
 * `forms.server`) when we know the message, else the server's own (English) words.
 */
export interface ServerFieldError {
  readonly key: string | null;
  readonly params: TranslationParams;
  readonly message: string;
}

/** The error key under which a server complaint sits on a control. */
export const SERVER_ERROR = 'server';

const KNOWN_MESSAGES: readonly [RegExp, string, (match: RegExpMatchArray) => TranslationParams][] =
  [
    [/^must be at least (\d+) characters long$/, 'forms.server.tooShort', (m) => ({ min: m[1] })],
    [/^must be at most (\d+) characters long$/, 'forms.server.tooLong', (m) => ({ max: m[1] })],
    [/^must be a valid email address$/, 'forms.server.email', () => ({})],
    [/^must not be empty$/, 'forms.server.required', () => ({})],
    [/^is a commonly used password/, 'forms.server.commonPassword', () => ({})],
    [/^must not contain your email address$/, 'forms.server.containsEmail', () => ({})],
    [/^is not correct$/, 'forms.server.notCorrect', () => ({})],
    [/^must differ from the current password$/, 'forms.server.sameAsCurrent', () => ({})],
    [/^is required for the role/, 'forms.server.stateRequired', () => ({})],
    [/^must be empty for the role/, 'forms.server.stateForbidden', () => ({})],
    [/is not a known state$/, 'forms.server.unknownState', () => ({})],
  ];

/** Recognises the server's field messages we can say in both languages. */
export function describeFieldError(message: string): ServerFieldError {
  for (const [pattern, key, params] of KNOWN_MESSAGES) {
    const match = pattern.exec(message);
    if (match) {
      return { key, params: params(match), message };
    }
  }
  return { key: null, params: {}, message };
}

/**
 * Puts each field problem of a 400 answer on the control of the same name (as the
 * `server` error, shown by `<app-field-error>`), and marks it touched so Material shows
 * it. The error goes away as soon as the person edits the field. Returns the problems that
 * found no control.
 */
export function applyServerErrors(
  form: AbstractControl,
  error: ApiError | null,
): ApiError['details'] {
  if (!error) {
    return [];
  }
  const unplaced = [];
  for (const detail of error.details) {
    const control = detail.path ? form.get(detail.path) : null;
    if (control) {
      control.setErrors({ ...control.errors, [SERVER_ERROR]: describeFieldError(detail.message) });
      control.markAsTouched();
    } else {
      unplaced.push(detail);
    }
  }
  return unplaced;
}

/**
 * Puts a complaint this form words itself (a translation key) on one control, as a server
 * complaint, for an answer that names no field ("this email is taken").
 */
export function placeServerError(control: AbstractControl, key: string, message: string): void {
  control.setErrors({ [SERVER_ERROR]: { key, params: {}, message } satisfies ServerFieldError });
  control.markAsTouched();
}

/**
 * Whether the server refused (4xx) with no field problem to show and for nothing the
 * snackbar tells (403): the form itself has to say that saving failed.
 */
export function isRefusalWithoutFields(error: ApiError | null): boolean {
  return (
    error !== null &&
    error.details.length === 0 &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 403
  );
}
