import { type ValidatorFn, Validators } from '@angular/forms';

/*
 * Angular's `Validators.required` and `Validators.email` are static methods; passed around
 * unbound they would lose `this` if they ever used it (lint rightly refuses them). These are
 * the same checks as plain functions.
 */

/** The field must not be empty. */
export const requiredValue: ValidatorFn = (control) => Validators.required(control);

/** The field, if filled, must look like an email address. */
export const emailAddress: ValidatorFn = (control) => Validators.email(control);
