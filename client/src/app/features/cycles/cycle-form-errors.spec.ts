import { FormControl, FormGroup } from '@angular/forms';

import { SERVER_ERROR } from '../../core/forms';
import { anApiError } from '../../../testing/fixtures';
import { describeCycleError, placeCycleErrors, unplacedCycleProblems } from './cycle-form-errors';

describe('cycle form errors', () => {
  it('say the cycle rules of the server in both languages', () => {
    expect(describeCycleError('must not be before the opening date').key).toBe(
      'cycles.formErrors.deadlineOrder',
    );
    expect(describeCycleError('must be after the deadline of the cycle (2026-12-08)')).toEqual({
      key: 'cycles.formErrors.extensionTooEarly',
      params: { deadline: '2026-12-08' },
      message: 'must be after the deadline of the cycle (2026-12-08)',
    });
    expect(describeCycleError('XX, YY are not known states').key).toBe(
      'cycles.formErrors.unknownStates',
    );
    // The general messages still come through.
    expect(describeCycleError('must not be empty').key).toBe('forms.server.required');
    expect(describeCycleError('is odd').key).toBeNull();
  });

  it('put a problem with a list item on the list, and return what found no control', () => {
    const form = new FormGroup({
      name: new FormGroup({ en: new FormControl('x'), ru: new FormControl('y') }),
      expectedStates: new FormControl(['AT']),
    });

    const unplaced = placeCycleErrors(
      form,
      anApiError({
        details: [
          { path: 'expectedStates.0', message: 'A state code is two capital letters' },
          { path: 'name.ru', message: 'must not be empty' },
          { path: 'status', message: 'is odd' },
        ],
      }),
    );

    expect(form.controls.expectedStates.hasError(SERVER_ERROR)).toBeTrue();
    expect(form.controls.expectedStates.touched).toBeTrue();
    expect(form.controls.name.controls.ru.getError(SERVER_ERROR).key).toBe('forms.server.required');
    expect(unplaced).toEqual([{ path: 'status', message: 'is odd' }]);
    expect(placeCycleErrors(form, null)).toEqual([]);
  });

  it('give the words of the problems without a control of a 400 answer only', () => {
    const form = new FormGroup({ deadline: new FormControl('2026-12-01') });
    const details = [
      { path: 'deadline', message: 'must be a date like 2026-12-31' },
      { path: 'stateCode', message: 'KZ is not expected to report in this cycle' },
    ];

    expect(unplacedCycleProblems(form, anApiError({ details }))).toEqual([
      'KZ is not expected to report in this cycle',
    ]);
    expect(form.controls.deadline.getError(SERVER_ERROR).key).toBe('cycles.formErrors.date');
    expect(
      unplacedCycleProblems(form, anApiError({ status: 409, code: 'conflict', details })),
    ).toEqual([]);
    expect(unplacedCycleProblems(form, null)).toEqual([]);
  });
});
