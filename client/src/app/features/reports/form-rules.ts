import { type ValidatorFn, Validators } from '@angular/forms';

import { MAX_TEXT_LENGTH } from './data-access';

/** The field must hold more than spaces (the server trims texts before checking them). */
export const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() !== '' ? null : { required: true };

/** A reviewer's comment: more than spaces, and no longer than the server takes. */
export const commentRules: ValidatorFn[] = [notBlank, Validators.maxLength(MAX_TEXT_LENGTH)];

/** What a reviewer's comment field says about its problems. */
export const COMMENT_MESSAGES: Readonly<Record<string, string>> = {
  required: 'reports.review.required',
  maxlength: 'reports.review.tooLong',
};
