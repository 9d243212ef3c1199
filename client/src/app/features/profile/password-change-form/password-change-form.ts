import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';

import {
  applyServerErrors,
  NEW_PASSWORD_MESSAGES,
  PASSWORD_MIN_LENGTH,
  REPEAT_PASSWORD_MESSAGES,
  newPasswordRules,
  readyToSubmit,
  repeatMatches,
  requiredValue,
} from '../../../core/forms';
import type { ApiError } from '../../../core/http';
import { ButtonSpinner } from '../../../shared/ui/button-spinner/button-spinner';
import { PasswordField } from '../../../shared/ui/password-field/password-field';
import type { PasswordChange } from '../data-access';

/**
 * Current password, new password twice, with the rules spelled out. Emits the change;
 * the page saves it and passes back `saving`, the server's `error` (its field problems
 * land on the matching fields) and `saved` (the form then clears).
 */
@Component({
  selector: 'app-password-change-form',
  imports: [ReactiveFormsModule, ButtonSpinner, MatButton, PasswordField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="password-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <app-password-field
        toggle
        autocomplete="current-password"
        [control]="form.controls.currentPassword"
        [label]="'profile.password.current' | transloco"
        [messages]="currentMessages"
        [(visible)]="visible"
      />
      <app-password-field
        autocomplete="new-password"
        [control]="form.controls.newPassword"
        [label]="'profile.password.new' | transloco"
        [hint]="'forms.passwordRules' | transloco: { min: minLength }"
        [messages]="newMessages"
        [(visible)]="visible"
      />
      <app-password-field
        autocomplete="new-password"
        [control]="form.controls.repeat"
        [label]="'profile.password.repeat' | transloco"
        [messages]="repeatMessages"
        [(visible)]="visible"
      />

      <div class="actions">
        <button mat-flat-button type="submit" class="submit" [disabled]="saving()">
          @if (saving()) {
            <app-button-spinner />
          }
          {{ submitLabel() | transloco }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .password-form {
      display: flex;
      flex-direction: column;
      gap: 4px;
      max-width: 480px;
    }
    .actions {
      margin-block-start: 8px;
    }
  `,
})
export class PasswordChangeForm {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly saving = input(false);
  readonly error = input<ApiError | null>(null);
  /** True once the change was saved: the fields clear. */
  readonly saved = input(false);
  /** Translation key of the button. */
  readonly submitLabel = input('profile.password.submit');
  readonly submitted = output<PasswordChange>();

  protected readonly visible = signal(false);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', requiredValue],
      newPassword: ['', newPasswordRules],
      repeat: ['', requiredValue],
    },
    { validators: repeatMatches('newPassword', 'repeat') },
  );
  protected readonly currentMessages = { required: 'forms.passwordRequired' };
  protected readonly newMessages = NEW_PASSWORD_MESSAGES;
  protected readonly repeatMessages = REPEAT_PASSWORD_MESSAGES;
  private readonly formDirective = viewChild.required(FormGroupDirective);

  constructor() {
    effect(() => applyServerErrors(this.form, this.error()));
    effect(() => {
      if (this.saved()) {
        // resetForm() also forgets the submission, so the empty fields show no errors.
        untracked(() => this.formDirective().resetForm());
      }
    });
  }

  protected submit(): void {
    if (this.saving() || !readyToSubmit(this.form, this.host.nativeElement)) {
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitted.emit({ currentPassword, newPassword });
  }
}
