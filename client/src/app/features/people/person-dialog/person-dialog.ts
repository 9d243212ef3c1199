import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose } from '@angular/material/dialog';
import { MatHint } from '@angular/material/form-field';
import { MatOption, MatSelect, MatSelectTrigger } from '@angular/material/select';
import { Store } from '@ngrx/store';
import type { Role, User } from '@ppm/shared';

import {
  applyServerErrors,
  emailAddress,
  placeServerError,
  requiredValue,
} from '../../../core/forms';
import type { ApiError } from '../../../core/http';
import { APP_LOCALES, selectLocale } from '../../../core/i18n';
import { APP_ROLES, isAppStateRole } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { serverFormDialog } from '../../../shared/ui/form-dialog/server-form-dialog';
import { OneTimeSecret } from '../../../shared/ui/one-time-secret/one-time-secret';
import {
  PersonDialogActions,
  selectDialogError,
  selectDialogStatus,
  selectInviteUrl,
  selectStateOptions,
} from '../data-access';

/** The server's longest name (shared's NAME_MAX_LENGTH). */
export const NAME_MAX_LENGTH = 120;

export interface PersonDialogData {
  /** The person to edit, or null to invite someone new. */
  readonly person: User | null;
}

/**
 * Invites a person (email, name, role, state for focal points and contributors, language)
 * or edits one (name, role, state, language). After an invitation it shows the invitation
 * link once, when the server could not mail it.
 */
@Component({
  selector: 'app-person-dialog',
  imports: [
    FORM_DIALOG_IMPORTS,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatHint,
    MatOption,
    MatSelect,
    MatSelectTrigger,
    Alert,
    OneTimeSecret,
  ],
  templateUrl: './person-dialog.html',
  styleUrl: './person-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonDialog {
  private readonly store = inject(Store);
  protected readonly person = inject<PersonDialogData>(MAT_DIALOG_DATA).person;

  protected readonly status = this.store.selectSignal(selectDialogStatus);
  protected readonly error = this.store.selectSignal(selectDialogError);
  protected readonly inviteUrl = this.store.selectSignal(selectInviteUrl);
  protected readonly stateOptions = this.store.selectSignal(selectStateOptions);
  /** The invitation went out: the form gives way to the result. */
  protected readonly invited = computed(() => !this.person && this.status() === 'saved');
  /** A failure with no field to land on. */
  protected readonly problem = computed(() => {
    const error = this.error();
    if (error?.code === 'last_admin') {
      return 'people.errors.lastAdmin';
    }
    return error?.status === 404 ? 'people.errors.notFound' : null;
  });

  protected readonly roles = APP_ROLES;
  protected readonly locales = APP_LOCALES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [requiredValue, emailAddress]],
    name: ['', [requiredValue, Validators.maxLength(NAME_MAX_LENGTH)]],
    role: ['focal_point' as Role, requiredValue],
    stateCode: [''],
    locale: [this.store.selectSignal(selectLocale)(), requiredValue],
  });
  protected readonly emailMessages = { required: 'forms.emailRequired', email: 'forms.email' };
  protected readonly nameMessages = {
    required: 'people.dialog.nameRequired',
    maxlength: 'forms.tooLong',
  };
  protected readonly stateMessages = { required: 'people.dialog.stateRequired' };
  private readonly server = serverFormDialog({
    form: this.form,
    status: this.status,
    error: this.error,
    showErrors: (error) => this.showErrors(error),
    // An invitation stays open to show its result.
    closesWhenSaved: () => this.person !== null,
  });
  protected readonly saving = this.server.saving;

  private readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  /** Whether the chosen role needs a state. */
  protected readonly needsState = computed(() => isAppStateRole(this.role()));

  constructor() {
    this.store.dispatch(PersonDialogActions.opened());
    if (this.person) {
      this.form.reset({
        email: this.person.email,
        name: this.person.name,
        role: this.person.role,
        stateCode: this.person.stateCode ?? '',
        locale: this.person.locale,
      });
      this.form.controls.email.disable();
    }
    this.applyStateRule(this.form.controls.role.value);
    this.form.controls.role.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((role) => this.applyStateRule(role));
  }

  protected submit(): void {
    if (!this.server.canSubmit()) {
      return;
    }
    const { email, name, role, stateCode, locale } = this.form.getRawValue();
    const state = isAppStateRole(role) ? stateCode : null;
    if (this.person) {
      this.store.dispatch(
        PersonDialogActions.editSubmitted({
          id: this.person.id,
          changes: { name: name.trim(), role, stateCode: state, locale },
        }),
      );
    } else {
      this.store.dispatch(
        PersonDialogActions.inviteSubmitted({
          person: {
            email: email.trim(),
            name: name.trim(),
            role,
            locale,
            ...(state ? { stateCode: state } : {}),
          },
        }),
      );
    }
  }

  /** A taken email is the server's only complaint without a field: it goes on the email. */
  private showErrors(error: ApiError | null): void {
    applyServerErrors(this.form, error);
    if (error?.code === 'email_taken') {
      placeServerError(this.form.controls.email, 'people.dialog.emailTaken', error.message);
    }
  }

  /** A state is required for focal points and contributors, and not asked for otherwise. */
  private applyStateRule(role: Role): void {
    const state = this.form.controls.stateCode;
    if (isAppStateRole(role)) {
      state.setValidators(requiredValue);
      state.enable({ emitEvent: false });
    } else {
      state.clearValidators();
      state.disable({ emitEvent: false });
    }
    state.updateValueAndValidity({ emitEvent: false });
  }
}
