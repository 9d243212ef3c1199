import type { TranslationParams } from '../../../core/i18n';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { applyServerErrors, emailAddress, readyToSubmit, requiredValue } from '../../../core/forms';
import { SignInPageActions, selectSessionError, selectSessionStatus } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { ButtonSpinner } from '../../../shared/ui/button-spinner/button-spinner';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { PasswordField } from '../../../shared/ui/password-field/password-field';
import { ForgotPasswordFormActions, selectResetError, selectResetStatus } from '../data-access';

/** Minutes to wait when the server does not say how long (its lock lasts 15 minutes). */
const DEFAULT_LOCK_MINUTES = 15;

interface Problem {
  readonly key: string;
  readonly params?: TranslationParams;
}

/**
 * Sign-in with email and password, and the "forgot password" request behind it. After
 * signing in the person goes back to the page they wanted (`returnUrl`), or home.
 */
@Component({
  selector: 'app-sign-in-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatLabel,
    MatIcon,
    MatInput,
    TranslocoPipe,
    Alert,
    ButtonSpinner,
    FieldError,
    PasswordField,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: '../auth-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SignInPage {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The page to go back to after signing in (query parameter). */
  readonly returnUrl = input<string>();

  protected readonly status = this.store.selectSignal(selectSessionStatus);
  protected readonly error = this.store.selectSignal(selectSessionError);
  protected readonly resetStatus = this.store.selectSignal(selectResetStatus);
  protected readonly resetError = this.store.selectSignal(selectResetError);

  protected readonly signingIn = computed(() => this.status() === 'loading');
  protected readonly sendingReset = computed(() => this.resetStatus() === 'saving');
  protected readonly mode = signal<'sign-in' | 'forgot'>('sign-in');

  /** A failure with no field to land on that this page explains itself. */
  protected readonly problem = computed<Problem | null>(() => {
    const error = this.error();
    if (error?.code === 'invalid_credentials') {
      return { key: 'auth.signIn.invalidCredentials' };
    }
    if (error?.code === 'too_many_attempts') {
      const seconds = error.retryAfterSeconds ?? DEFAULT_LOCK_MINUTES * 60;
      return { key: 'auth.signIn.tooManyAttempts', params: { minutes: Math.ceil(seconds / 60) } };
    }
    return null;
  });

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    email: ['', [requiredValue, emailAddress]],
    password: ['', requiredValue],
  });
  protected readonly forgotForm = this.fb.group({
    email: ['', [requiredValue, emailAddress]],
  });

  protected readonly emailMessages = { required: 'forms.emailRequired', email: 'forms.email' };
  protected readonly passwordMessages = { required: 'auth.signIn.passwordRequired' };

  constructor() {
    this.store.dispatch(SignInPageActions.opened());
    effect(() => applyServerErrors(this.form, this.error()));
    effect(() => applyServerErrors(this.forgotForm, this.resetError()));
  }

  protected submit(): void {
    if (this.signingIn() || !readyToSubmit(this.form, this.host.nativeElement)) {
      return;
    }
    this.store.dispatch(
      SignInPageActions.submitted({
        credentials: this.form.getRawValue(),
        returnUrl: this.returnUrl() ?? null,
      }),
    );
  }

  protected openForgot(): void {
    this.forgotForm.reset({ email: this.form.controls.email.value });
    this.store.dispatch(ForgotPasswordFormActions.opened());
    this.switchTo('forgot', '#forgot-email');
  }

  protected backToSignIn(): void {
    this.switchTo('sign-in', '#sign-in-email');
  }

  protected submitForgot(): void {
    if (this.sendingReset() || !readyToSubmit(this.forgotForm, this.host.nativeElement)) {
      return;
    }
    this.store.dispatch(ForgotPasswordFormActions.submitted(this.forgotForm.getRawValue()));
  }

  private switchTo(mode: 'sign-in' | 'forgot', focus: string): void {
    this.mode.set(mode);
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(focus)?.focus(), {
      injector: this.injector,
    });
  }
}
