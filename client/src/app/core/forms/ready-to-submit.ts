import type { AbstractControl } from '@angular/forms';

/** The fields a person can fix, once they are marked invalid. */
const INVALID_FIELD = 'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid';

/**
 * Whether a form may be sent. If not, it shows every problem and puts the cursor in the
 * first field (within `host`) that has one.
 */
export function readyToSubmit(form: AbstractControl, host: HTMLElement): boolean {
  if (!form.invalid) {
    return true;
  }
  form.markAllAsTouched();
  host.querySelector<HTMLElement>(INVALID_FIELD)?.focus();
  return false;
}
