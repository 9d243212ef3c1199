import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect, MatSelectTrigger } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { Locale, PersonalToken } from '@ppm/shared';
import { filter } from 'rxjs';

import { applyServerErrors, requiredValue } from '../../../core/forms';
import { APP_LOCALES, selectLocale } from '../../../core/i18n';
import { selectUser } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { ButtonSpinner } from '../../../shared/ui/button-spinner/button-spinner';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import {
  type NewToken,
  type PasswordChange,
  ProfilePageActions,
  selectAllTokens,
  selectCreatedToken,
  selectDetailsError,
  selectDetailsStatus,
  selectPasswordError,
  selectPasswordStatus,
  selectRevokingIds,
  selectStateName,
  selectTokenCreateError,
  selectTokenCreateStatus,
  selectTokensStatus,
} from '../data-access';
import { PasswordChangeForm } from '../password-change-form/password-change-form';
import { PersonalTokens } from '../personal-tokens/personal-tokens';

/** Where the server's OpenAPI documentation is shown (English; for people who use tokens). */
export const API_DOCS_URL = '/api/docs';

/** The server's longest name (shared's NAME_MAX_LENGTH). */
export const NAME_MAX_LENGTH = 120;

/** The signed-in person's own account: name, language, password and API tokens. */
@Component({
  selector: 'app-profile-page',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatIcon,
    MatInput,
    MatOption,
    MatSelect,
    MatSelectTrigger,
    TranslocoPipe,
    Alert,
    ButtonSpinner,
    FieldError,
    PasswordChangeForm,
    PersonalTokens,
  ],
  templateUrl: './profile-page.html',
  styleUrl: './profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ProfilePage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly user = this.store.selectSignal(selectUser);
  protected readonly apiDocsUrl = API_DOCS_URL;
  protected readonly locale = this.store.selectSignal(selectLocale);
  private readonly storedStateName = this.store.selectSignal(selectStateName);
  /** The person's state in the language shown; the code only until the name has loaded. */
  protected readonly stateName = computed(() => this.storedStateName()?.[this.locale()] ?? null);
  protected readonly detailsStatus = this.store.selectSignal(selectDetailsStatus);
  protected readonly detailsError = this.store.selectSignal(selectDetailsError);
  protected readonly passwordStatus = this.store.selectSignal(selectPasswordStatus);
  protected readonly passwordError = this.store.selectSignal(selectPasswordError);
  protected readonly tokens = this.store.selectSignal(selectAllTokens);
  protected readonly tokensStatus = this.store.selectSignal(selectTokensStatus);
  protected readonly tokenCreateStatus = this.store.selectSignal(selectTokenCreateStatus);
  protected readonly tokenCreateError = this.store.selectSignal(selectTokenCreateError);
  protected readonly createdToken = this.store.selectSignal(selectCreatedToken);
  protected readonly revokingIds = this.store.selectSignal(selectRevokingIds);

  protected readonly savingDetails = computed(() => this.detailsStatus() === 'saving');
  protected readonly locales = APP_LOCALES;

  protected readonly detailsForm = inject(NonNullableFormBuilder).group({
    name: ['', [requiredValue, Validators.maxLength(NAME_MAX_LENGTH)]],
    locale: ['en' as Locale, requiredValue],
  });
  protected readonly nameMessages = {
    required: 'profile.details.nameRequired',
    maxlength: 'forms.tooLong',
  };

  constructor() {
    this.store.dispatch(ProfilePageActions.opened());
    // Show the saved values: at first, and again once a change has been saved.
    effect(() => {
      const user = this.user();
      const status = this.detailsStatus();
      untracked(() => {
        if (user && (status === 'saved' || !this.detailsForm.dirty)) {
          this.detailsForm.reset({ name: user.name, locale: user.locale });
        }
      });
    });
    effect(() => applyServerErrors(this.detailsForm, this.detailsError()));
  }

  protected saveDetails(): void {
    if (this.savingDetails()) {
      return;
    }
    if (this.detailsForm.invalid) {
      this.detailsForm.markAllAsTouched();
      return;
    }
    const { name, locale } = this.detailsForm.getRawValue();
    this.store.dispatch(
      ProfilePageActions.detailsSubmitted({ changes: { name: name.trim(), locale } }),
    );
  }

  protected changePassword(change: PasswordChange): void {
    this.store.dispatch(ProfilePageActions.passwordSubmitted({ change }));
  }

  protected createToken(token: NewToken): void {
    this.store.dispatch(ProfilePageActions.tokenCreateSubmitted({ token }));
  }

  protected dismissCreatedToken(): void {
    this.store.dispatch(ProfilePageActions.createdTokenDismissed());
  }

  protected revokeToken(token: PersonalToken): void {
    const t = (key: string, params?: Record<string, unknown>): string =>
      this.transloco.translate(key, params);
    confirm(this.dialog, {
      title: t('profile.tokens.revokeTitle'),
      message: t('profile.tokens.revokeMessage', { name: token.name }),
      confirm: t('profile.tokens.revoke'),
      cancel: t('ui.cancel'),
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(ProfilePageActions.tokenRevokeConfirmed({ id: token.id })),
      );
  }
}
