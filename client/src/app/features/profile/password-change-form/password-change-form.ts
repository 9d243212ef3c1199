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
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';

import {
  applyServerErrors,
  PASSWORD_MIN_LENGTH,
  repeatMatches,
  requiredValue,
} from '../../../core/forms';
import type { ApiError } from '../../../core/http';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import type { PasswordChange } from '../data-access';

/**
 * Current password, new password twice, with the rules spelled out. Emits the change;
 * the page saves it and passes back `saving`, the server's `error` (its field problems
 * land on the matching fields) and `saved` (the form then clears).
 */
@Component({
  selector: 'app-password-change-form',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatIconButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatSuffix,
    MatIcon,
    MatInput,
    MatProgressSpinner,
    TranslocoPipe,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="password-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field>
        <mat-label>{{ 'profile.password.current' | transloco }}</mat-label>
        <input
          matInput
          [type]="visible() ? 'text' : 'password'"
          formControlName="currentPassword"
          autocomplete="current-password"
          required
        />
        <button
          mat-icon-button
          matSuffix
          type="button"
          [attr.aria-label]="'forms.showPassword' | transloco"
          [attr.aria-pressed]="visible()"
          (click)="visible.set(!visible())"
        >
          <mat-icon [svgIcon]="visible() ? 'visibility_off' : 'visibility'" />
        </button>
        <mat-error>
          <app-field-error [control]="form.controls.currentPassword" [messages]="currentMessages" />
        </mat-error>
      </mat-form-field>

      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'profile.password.new' | transloco }}</mat-label>
        <input
          matInput
          [type]="visible() ? 'text' : 'password'"
          formControlName="newPassword"
          autocomplete="new-password"
          required
        />
        <mat-hint>{{ 'forms.passwordRules' | transloco: { min: minLength } }}</mat-hint>
        <mat-error>
          <app-field-error [control]="form.controls.newPassword" [messages]="newMessages" />
        </mat-error>
      </mat-form-field>

      <mat-form-field>
        <mat-label>{{ 'profile.password.repeat' | transloco }}</mat-label>
        <input
          matInput
          [type]="visible() ? 'text' : 'password'"
          formControlName="repeat"
          autocomplete="new-password"
          required
        />
        <mat-error>
          <app-field-error [control]="form.controls.repeat" [messages]="repeatMessages" />
        </mat-error>
      </mat-form-field>

      <div class="actions">
        <button mat-flat-button type="submit" class="submit" [disabled]="saving()">
          @if (saving()) {
            <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
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
    mat-form-field {
      width: 100%;
    }
    .actions {
      margin-block-start: 8px;
    }
    .submit mat-progress-spinner {
      display: inline-block;
      margin-inline-end: 8px;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
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
      newPassword: ['', [requiredValue, Validators.minLength(PASSWORD_MIN_LENGTH)]],
      repeat: ['', requiredValue],
    },
    { validators: repeatMatches('newPassword', 'repeat') },
  );
  protected readonly currentMessages = { required: 'forms.passwordRequired' };
  protected readonly newMessages = {
    required: 'forms.passwordRequired',
    minlength: 'forms.passwordTooShort',
  };
  protected readonly repeatMessages = {
    required: 'forms.repeatRequired',
    mismatch: 'forms.passwordMismatch',
  };
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
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitted.emit({ currentPassword, newPassword });
  }
}
