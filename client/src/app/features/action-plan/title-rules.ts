import { type ValidatorFn, Validators } from '@angular/forms';

import { requiredValue } from '../../core/forms';
import { TITLE_MAX_LENGTH } from './data-access';

/** A title in either language: filled in, and no longer than the server takes. */
export const titleRules: ValidatorFn[] = [requiredValue, Validators.maxLength(TITLE_MAX_LENGTH)];

/** What a title field says about its problems. */
export const TITLE_MESSAGES: Readonly<Record<string, string>> = {
  required: 'actionPlan.form.required',
  maxlength: 'actionPlan.form.tooLong',
};
