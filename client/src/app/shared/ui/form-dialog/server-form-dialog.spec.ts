import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';

import { anApiError } from '../../../../testing/fixtures';
import { SERVER_ERROR, requiredValue } from '../../../core/forms';
import type { ApiError } from '../../../core/http';
import { serverFormDialog } from './server-form-dialog';

@Component({
  selector: 'app-server-form-dialog-form',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form">
      <input class="name" formControlName="name" />
      <input class="email" formControlName="email" />
    </form>
  `,
})
class SavingDialog {
  readonly status = signal('idle');
  readonly error = signal<ApiError | null>(null);
  readonly closes = signal(true);
  readonly form = new FormGroup({
    name: new FormControl('Ada', { nonNullable: true, validators: requiredValue }),
    email: new FormControl('', { nonNullable: true, validators: requiredValue }),
  });
  readonly server = serverFormDialog({
    form: this.form,
    status: this.status,
    error: this.error,
    closesWhenSaved: () => this.closes(),
  });
}

describe('serverFormDialog', () => {
  let fixture: ComponentFixture<SavingDialog>;
  let dialog: SavingDialog;
  let close: jasmine.Spy;

  beforeEach(async () => {
    close = jasmine.createSpy('close');
    TestBed.configureTestingModule({ providers: [{ provide: MatDialogRef, useValue: { close } }] });
    fixture = TestBed.createComponent(SavingDialog);
    dialog = fixture.componentInstance;
    await fixture.whenStable();
  });

  async function answer(status: string, error: ApiError | null = null): Promise<void> {
    dialog.status.set(status);
    dialog.error.set(error);
    await fixture.whenStable();
  }

  it('holds back a form with problems, shows them and puts the cursor in the first', () => {
    expect(dialog.server.canSubmit()).toBeFalse();
    expect(dialog.form.controls.email.touched).toBeTrue();
    expect(document.activeElement?.classList).toContain('email');
  });

  it('lets a form without problems go, but not again while it is on its way', async () => {
    dialog.form.controls.email.setValue('ada@example.org');

    expect(dialog.server.canSubmit()).toBeTrue();

    await answer('saving');

    expect(dialog.server.saving()).toBeTrue();
    expect(dialog.server.canSubmit()).toBeFalse();
  });

  it('puts the server’s complaints on the fields they are about', async () => {
    await answer(
      'failed',
      anApiError({ details: [{ path: 'name', message: 'must not be empty' }] }),
    );

    expect(dialog.form.controls.name.getError(SERVER_ERROR).key).toBe('forms.server.required');
    expect(close).not.toHaveBeenCalled();
  });

  it('closes with true once saved', async () => {
    await answer('saved');

    expect(close).toHaveBeenCalledOnceWith(true);
  });

  it('stays open once saved when the dialog says so', async () => {
    dialog.closes.set(false);
    await answer('saved');

    expect(close).not.toHaveBeenCalled();
  });
});
