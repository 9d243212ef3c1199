import {
  type AbstractControl,
  type ValidationErrors,
  type ValidatorFn,
  Validators,
} from '@angular/forms';

import { requiredValue } from './validators';

/**
 * The server's shortest password, mirrored from `@ppm/shared` (PASSWORD_MIN_LENGTH) so the
 * shell needs no zod; `password-rules.spec.ts` keeps the two equal.
 */
export const PASSWORD_MIN_LENGTH = 12;

/** A new password: filled in, and as long as the server asks. */
export const newPasswordRules: ValidatorFn[] = [
  requiredValue,
  Validators.minLength(PASSWORD_MIN_LENGTH),
];

/** What a field for a new password says about its problems. */
export const NEW_PASSWORD_MESSAGES: Readonly<Record<string, string>> = {
  required: 'forms.passwordRequired',
  minlength: 'forms.passwordTooShort',
};

/** What the field repeating a new password says about its problems. */
export const REPEAT_PASSWORD_MESSAGES: Readonly<Record<string, string>> = {
  required: 'forms.repeatRequired',
  mismatch: 'forms.passwordMismatch',
};

/**
 * A form-level rule: the `repeat` control must equal the `source` control. The complaint
 * (`mismatch`) sits on the repeat control, where the person will fix it.
 */
export function repeatMatches(source: string, repeat: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const repeated = group.get(repeat);
    if (!repeated) {
      return null;
    }
    const others = Object.entries(repeated.errors ?? {}).filter(([name]) => name !== 'mismatch');
    const mismatch = Boolean(repeated.value) && repeated.value !== group.get(source)?.value;
    if (Boolean(repeated.errors?.['mismatch']) !== mismatch) {
      const errors: ValidationErrors = Object.fromEntries(
        mismatch ? [...others, ['mismatch', true]] : others,
      );
      repeated.setErrors(Object.keys(errors).length ? errors : null);
    }
    return mismatch ? { mismatch: true } : null;
  };
}
