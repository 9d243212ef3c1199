import { FormControl, FormGroup } from '@angular/forms';

import { anApiError } from '../../../testing/fixtures';
import {
  SERVER_ERROR,
  applyServerErrors,
  describeFieldError,
  isRefusalWithoutFields,
  placeServerError,
} from './server-errors';

describe('server field errors', () => {
  describe('describeFieldError', () => {
    it('recognises the messages we can say in both languages', () => {
      expect(describeFieldError('must be at least 12 characters long')).toEqual({
        key: 'forms.server.tooShort',
        params: { min: '12' },
        message: 'must be at least 12 characters long',
      });
      expect(
        describeFieldError('is a commonly used password; choose a longer phrase of your own').key,
      ).toBe('forms.server.commonPassword');
      expect(describeFieldError('must not contain your email address').key).toBe(
        'forms.server.containsEmail',
      );
      expect(describeFieldError('is not correct').key).toBe('forms.server.notCorrect');
      expect(describeFieldError('is required for the role focal_point').key).toBe(
        'forms.server.stateRequired',
      );
    });

    it("keeps the server's words for anything else", () => {
      expect(describeFieldError('is odd')).toEqual({ key: null, params: {}, message: 'is odd' });
    });
  });

  describe('applyServerErrors', () => {
    function form(): FormGroup<{
      currentPassword: FormControl<string>;
      newPassword: FormControl<string>;
    }> {
      return new FormGroup({
        currentPassword: new FormControl('old', { nonNullable: true }),
        newPassword: new FormControl('password1234', { nonNullable: true }),
      });
    }

    it('puts each problem on the control of the same name and marks it touched', () => {
      const group = form();

      const unplaced = applyServerErrors(
        group,
        anApiError({
          details: [{ path: 'newPassword', message: 'is a commonly used password' }],
        }),
      );

      const control = group.controls.newPassword;
      expect(control.hasError(SERVER_ERROR)).toBeTrue();
      expect(control.getError(SERVER_ERROR).key).toBe('forms.server.commonPassword');
      expect(control.touched).toBeTrue();
      expect(group.controls.currentPassword.valid).toBeTrue();
      expect(unplaced).toEqual([]);
    });

    it('lets the problem go as soon as the person edits the field', () => {
      const group = form();
      applyServerErrors(
        group,
        anApiError({ details: [{ path: 'newPassword', message: 'is not correct' }] }),
      );

      group.controls.newPassword.setValue('a much better phrase');

      expect(group.controls.newPassword.valid).toBeTrue();
    });

    it('returns the problems that found no control', () => {
      const detail = { path: 'somethingElse', message: 'is odd' };

      expect(applyServerErrors(form(), anApiError({ details: [detail] }))).toEqual([detail]);
      expect(applyServerErrors(form(), null)).toEqual([]);
    });
  });

  describe('placeServerError', () => {
    it('puts the form’s own wording on the control, touched, until the person edits it', () => {
      const control = new FormControl('ada@example.org', { nonNullable: true });

      placeServerError(control, 'people.dialog.emailTaken', 'email is taken');

      expect(control.getError(SERVER_ERROR)).toEqual({
        key: 'people.dialog.emailTaken',
        params: {},
        message: 'email is taken',
      });
      expect(control.touched).toBeTrue();

      control.setValue('bea@example.org');

      expect(control.valid).toBeTrue();
    });
  });

  describe('isRefusalWithoutFields', () => {
    it('holds for a refusal that names no field', () => {
      expect(isRefusalWithoutFields(anApiError({ status: 409, code: 'conflict' }))).toBeTrue();
      expect(isRefusalWithoutFields(anApiError({ status: 404, code: 'not_found' }))).toBeTrue();
    });

    it('leaves field problems to the fields and other failures to the snackbar', () => {
      const detail = { path: 'name', message: 'is odd' };
      expect(isRefusalWithoutFields(anApiError({ details: [detail] }))).toBeFalse();
      expect(isRefusalWithoutFields(anApiError({ status: 403, code: 'forbidden' }))).toBeFalse();
      expect(isRefusalWithoutFields(anApiError({ status: 500, code: 'internal' }))).toBeFalse();
      expect(isRefusalWithoutFields(anApiError({ status: 0, code: 'network_error' }))).toBeFalse();
      expect(isRefusalWithoutFields(null)).toBeFalse();
    });
  });
});
