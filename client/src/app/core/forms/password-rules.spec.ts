import { FormControl, FormGroup } from '@angular/forms';
import { PASSWORD_MIN_LENGTH as SHARED_MIN_LENGTH } from '@ppm/shared';

import { PASSWORD_MIN_LENGTH, repeatMatches } from './password-rules';

describe('password rules', () => {
  it('ask for as many characters as the server does', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(SHARED_MIN_LENGTH);
  });

  describe('repeatMatches', () => {
    function form(password: string, repeat: string): FormGroup {
      return new FormGroup(
        { password: new FormControl(password), repeat: new FormControl(repeat) },
        { validators: repeatMatches('password', 'repeat') },
      );
    }

    it('accepts the same password twice', () => {
      const group = form('a long passphrase', 'a long passphrase');

      expect(group.valid).toBeTrue();
      expect(group.controls['repeat'].errors).toBeNull();
    });

    it('puts a mismatch on the repeat field', () => {
      const group = form('a long passphrase', 'a long passphrasf');

      expect(group.hasError('mismatch')).toBeTrue();
      expect(group.controls['repeat'].hasError('mismatch')).toBeTrue();
    });

    it('lifts the mismatch once the first field is corrected to match', () => {
      const group = form('a long passphrase', 'another phrase');
      group.controls['password'].setValue('another phrase');

      expect(group.valid).toBeTrue();
      expect(group.controls['repeat'].errors).toBeNull();
    });

    it('says nothing while the repeat field is still empty', () => {
      expect(form('a long passphrase', '').hasError('mismatch')).toBeFalse();
    });
  });
});
