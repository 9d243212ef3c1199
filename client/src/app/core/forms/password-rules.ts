import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * The server's shortest password, mirrored from `@ppm/shared` (PASSWORD_MIN_LENGTH) so the
 * shell needs no zod; `password-rules.spec.ts` keeps the two equal.
 */
export const PASSWORD_MIN_LENGTH = 12;

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
