import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { TranslocoService } from '@jsverse/transloco';

import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { SERVER_ERROR, describeFieldError, requiredValue } from '../../../core/forms';
import { FieldError } from './field-error';

@Component({
  selector: 'app-field-error-host',
  imports: [FieldError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-field-error [control]="control" [messages]="messages" />`,
})
class Host {
  readonly control = new FormControl('', [requiredValue, Validators.minLength(12)]);
  readonly messages = { required: 'forms.passwordRequired', minlength: 'forms.passwordTooShort' };
}

describe('FieldError', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideTranslocoForTests('en')] });
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const shown = (): string => (fixture.nativeElement as HTMLElement).textContent.trim();

  async function type(value: string): Promise<void> {
    fixture.componentInstance.control.setValue(value);
    await fixture.whenStable();
  }

  it("names the control's first problem", () => {
    expect(shown()).toBe('Enter the password');
  });

  it('fills in the numbers of the rule that failed', async () => {
    await type('short');

    expect(shown()).toBe('Use at least 12 characters');
  });

  it('shows nothing once the value is fine', async () => {
    await type('a long enough phrase');

    expect(shown()).toBe('');
  });

  it("puts the server's complaint first, in the active language", async () => {
    await type('password1234');
    const control = fixture.componentInstance.control;
    control.setErrors({ [SERVER_ERROR]: describeFieldError('is a commonly used password') });
    await fixture.whenStable();

    expect(shown()).toBe('This password is too common. Choose a longer phrase of your own.');

    TestBed.inject(TranslocoService).setActiveLang('ru');
    await fixture.whenStable();

    expect(shown()).toBe('Это слишком распространённый пароль. Придумайте более длинную фразу.');
  });

  it("shows the server's own words for a complaint we cannot translate", async () => {
    fixture.componentInstance.control.setErrors({
      [SERVER_ERROR]: describeFieldError('is odd in some new way'),
    });
    await fixture.whenStable();

    expect(shown()).toBe('is odd in some new way');
  });
});
