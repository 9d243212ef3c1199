import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, PersonalToken } from '@ppm/shared';

import { applyServerErrors, requiredValue } from '../../../core/forms';
import type { ApiError } from '../../../core/http';
import { Alert } from '../../../shared/ui/alert/alert';
import { ButtonSpinner } from '../../../shared/ui/button-spinner/button-spinner';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import { OneTimeSecret } from '../../../shared/ui/one-time-secret/one-time-secret';
import type { CreatedToken, LoadStatus, NewToken, SaveStatus } from '../data-access';

/** The server's limits (shared's createPersonalTokenSchema). */
export const TOKEN_NAME_MAX_LENGTH = 100;
export const TOKEN_MAX_DAYS = 365;
export const TOKEN_DEFAULT_DAYS = 90;

/**
 * Personal access tokens: the list (name, dates, revoke), a form to create one, and the
 * secret of the one just created, shown once with a copy button.
 */
@Component({
  selector: 'app-personal-tokens',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatIcon,
    MatInput,
    MatProgressSpinner,
    MatTableModule,
    TranslocoPipe,
    Alert,
    FieldError,
    LocalDatePipe,
    OneTimeSecret,
    ButtonSpinner,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './personal-tokens.html',
  styleUrl: './personal-tokens.scss',
})
export class PersonalTokens {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly tokens = input.required<readonly PersonalToken[]>();
  readonly status = input<LoadStatus>('idle');
  readonly createStatus = input<SaveStatus>('idle');
  readonly createError = input<ApiError | null>(null);
  /** The token just created, with its secret. */
  readonly created = input<CreatedToken | null>(null);
  readonly revokingIds = input<readonly string[]>([]);
  readonly locale = input<Locale>('en');

  readonly create = output<NewToken>();
  readonly revoke = output<PersonalToken>();
  readonly dismissCreated = output();

  protected readonly columns = ['name', 'createdAt', 'expiresAt', 'lastUsedAt', 'actions'];
  protected readonly maxDays = TOKEN_MAX_DAYS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [requiredValue, Validators.maxLength(TOKEN_NAME_MAX_LENGTH)]],
    expiresInDays: [
      TOKEN_DEFAULT_DAYS,
      [requiredValue, Validators.min(1), Validators.max(TOKEN_MAX_DAYS)],
    ],
  });
  protected readonly nameMessages = {
    required: 'profile.tokens.nameRequired',
    maxlength: 'forms.tooLong',
  };
  protected readonly daysMessages = {
    required: 'profile.tokens.daysRange',
    min: 'profile.tokens.daysRange',
    max: 'profile.tokens.daysRange',
  };
  private readonly formDirective = viewChild.required(FormGroupDirective);

  constructor() {
    effect(() => applyServerErrors(this.form, this.createError()));
    effect(() => {
      if (this.createStatus() === 'saved') {
        untracked(() =>
          this.formDirective().resetForm({ name: '', expiresInDays: TOKEN_DEFAULT_DAYS }),
        );
      }
    });
  }

  protected submit(): void {
    if (this.createStatus() === 'saving') {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
      return;
    }
    const { name, expiresInDays } = this.form.getRawValue();
    this.create.emit({ name: name.trim(), expiresInDays: Math.round(expiresInDays) });
  }

  protected isRevoking(token: PersonalToken): boolean {
    return this.revokingIds().includes(token.id);
  }
}
