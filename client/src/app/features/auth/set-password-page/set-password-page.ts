import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

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
import { SIGN_IN_PATH } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { ButtonSpinner } from '../../../shared/ui/button-spinner/button-spinner';
import { PasswordField } from '../../../shared/ui/password-field/password-field';
import {
  type LinkPurpose,
  SetPasswordPageActions,
  selectLink,
  selectLinkError,
  selectLinkProblem,
  selectLinkStatus,
} from '../data-access';

/**
 * Behind an invitation link (`/invitation/:secret`) or a password reset link
 * (`/reset-password/:secret`): says whose account it is, takes the new password twice, and
 * signs the person in. An expired, used or unknown link gets a clear message instead.
 */
@Component({
  selector: 'app-set-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    MatProgressSpinner,
    TranslocoPipe,
    Alert,
    PasswordField,
    ButtonSpinner,
  ],
  templateUrl: './set-password-page.html',
  styleUrl: '../auth-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SetPasswordPage {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The link's secret (route parameter). */
  readonly secret = input.required<string>();
  /** Which link the address was (route data); the server's description has the last word. */
  readonly purpose = input<LinkPurpose>('invitation');

  protected readonly link = this.store.selectSignal(selectLink);
  protected readonly status = this.store.selectSignal(selectLinkStatus);
  protected readonly error = this.store.selectSignal(selectLinkError);
  protected readonly problem = this.store.selectSignal(selectLinkProblem);
  protected readonly saving = computed(() => this.status() === 'saving');
  protected readonly shownPurpose = computed(() => this.link()?.purpose ?? this.purpose());
  protected readonly passwordVisible = signal(false);
  protected readonly signInPath = SIGN_IN_PATH;
  protected readonly minLength = PASSWORD_MIN_LENGTH;

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      password: ['', newPasswordRules],
      repeat: ['', requiredValue],
    },
    { validators: repeatMatches('password', 'repeat') },
  );
  protected readonly passwordMessages = NEW_PASSWORD_MESSAGES;
  protected readonly repeatMessages = REPEAT_PASSWORD_MESSAGES;

  constructor() {
    effect(() => {
      const secret = this.secret();
      untracked(() => this.store.dispatch(SetPasswordPageActions.opened({ secret })));
    });
    effect(() => applyServerErrors(this.form, this.error()));
  }

  protected retry(): void {
    this.store.dispatch(SetPasswordPageActions.opened({ secret: this.secret() }));
  }

  protected submit(): void {
    if (this.saving() || !readyToSubmit(this.form, this.host.nativeElement)) {
      return;
    }
    this.store.dispatch(
      SetPasswordPageActions.submitted({
        secret: this.secret(),
        password: this.form.controls.password.value,
      }),
    );
  }
}
