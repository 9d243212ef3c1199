import type { ValidatorFn } from '@angular/forms';

/** The field must hold more than spaces (the server trims texts before checking them). */
export const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() !== '' ? null : { required: true };
