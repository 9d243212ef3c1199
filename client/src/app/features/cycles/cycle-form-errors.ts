import type { AbstractControl } from '@angular/forms';

import { SERVER_ERROR, type ServerFieldError, describeFieldError } from '../../core/forms';
import type { ApiError, FieldError } from '../../core/http';

/** The server's messages about cycles that we can say in both languages. */
const CYCLE_MESSAGES: readonly [
  RegExp,
  string,
  (match: RegExpMatchArray) => Record<string, string>,
][] = [
  [/^must not be before the start of the period$/, 'cycles.formErrors.periodOrder', () => ({})],
  [/^must not be before the opening date$/, 'cycles.formErrors.deadlineOrder', () => ({})],
  [/^must be a date like/, 'cycles.formErrors.date', () => ({})],
  [/^must name at least one state$/, 'cycles.formErrors.noStates', () => ({})],
  [/ (is not a known state|are not known states)$/, 'cycles.formErrors.unknownStates', () => ({})],
  [/ is not expected to report in this cycle$/, 'cycles.formErrors.notExpected', () => ({})],
  [
    /^must be after the deadline of the cycle \((\d{4}-\d{2}-\d{2})\)$/,
    'cycles.formErrors.extensionTooEarly',
    (match) => ({ deadline: match[1] }),
  ],
];

export function describeCycleError(message: string): ServerFieldError {
  for (const [pattern, key, params] of CYCLE_MESSAGES) {
    const match = pattern.exec(message);
    if (match) {
      return { key, params: params(match), message };
    }
  }
  return describeFieldError(message);
}

/**
 * Puts each field problem of a 400 answer on its control, like `applyServerErrors`, but also
 * finds the control of an item's path ("expectedStates.3" lands on `expectedStates`) and says
 * the cycle rules in the reader's language. Returns the problems that found no control.
 */
export function placeCycleErrors(form: AbstractControl, error: ApiError | null): FieldError[] {
  const unplaced: FieldError[] = [];
  for (const detail of error?.details ?? []) {
    const control = controlFor(form, detail.path);
    if (control) {
      control.setErrors({ ...control.errors, [SERVER_ERROR]: describeCycleError(detail.message) });
      control.markAsTouched();
    } else {
      unplaced.push(detail);
    }
  }
  return unplaced;
}

/**
 * Places an answer's field problems on the form (`placeCycleErrors`) and returns, for a 400
 * answer, the server's words for those that found no control, to show above the fields.
 */
export function unplacedCycleProblems(form: AbstractControl, error: ApiError | null): string[] {
  const unplaced = placeCycleErrors(form, error);
  return error?.status === 400 ? unplaced.map((detail) => detail.message) : [];
}

function controlFor(form: AbstractControl, path: string): AbstractControl | null {
  const parts = path ? path.split('.') : [];
  while (parts.length > 0) {
    const control = form.get(parts.join('.'));
    if (control) {
      return control;
    }
    parts.pop();
  }
  return null;
}
