import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { applyServerErrors, requiredValue } from '../../../core/forms';
import { Alert } from '../../../shared/ui/alert/alert';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import {
  ActionDialogActions,
  ActionPlanPageActions,
  type ActionView,
  TITLE_MAX_LENGTH,
  selectIsStale,
  selectSaveError,
  selectSaveStatus,
} from '../data-access';

/** Add an action to an area, or rename an action. */
export type ActionDialogData =
  | { readonly mode: 'add'; readonly areaCode: string; readonly version: number }
  | { readonly mode: 'rename'; readonly action: ActionView; readonly version: number };

const textRules = [requiredValue, Validators.maxLength(TITLE_MAX_LENGTH)];

/**
 * The title of a new action, or a new title for an existing one, in both languages. The
 * server gives a new action the next free code of its area.
 */
@Component({
  selector: 'app-action-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatLabel,
    MatInput,
    MatProgressSpinner,
    TranslocoPipe,
    Alert,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-dialog.html',
  styleUrl: './title-dialog.scss',
})
export class ActionDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<ActionDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<ActionDialogData>(MAT_DIALOG_DATA);

  protected readonly status = this.store.selectSignal(selectSaveStatus);
  protected readonly error = this.store.selectSignal(selectSaveError);
  protected readonly stale = this.store.selectSignal(selectIsStale);
  protected readonly saving = computed(() => this.status() === 'saving');
  protected readonly otherFailure = computed(() => {
    const error = this.error();
    return (
      this.status() === 'failed' &&
      !this.stale() &&
      error !== null &&
      error.details.length === 0 &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 403
    );
  });

  protected readonly heading =
    this.data.mode === 'add'
      ? { key: 'actionPlan.actionDialog.addTitle', code: this.data.areaCode }
      : { key: 'actionPlan.actionDialog.renameTitle', code: this.data.action.code };

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: this.fb.group({
      en: [this.data.mode === 'rename' ? this.data.action.titles.en : '', textRules],
      ru: [this.data.mode === 'rename' ? this.data.action.titles.ru : '', textRules],
    }),
  });
  protected readonly messages = {
    required: 'actionPlan.form.required',
    maxlength: 'actionPlan.form.tooLong',
  };

  constructor() {
    this.store.dispatch(ActionDialogActions.opened());
    effect(() => {
      applyServerErrors(this.form, this.error());
    });
    effect(() => {
      if (this.status() === 'saved') {
        this.dialogRef.close(true);
      }
    });
  }

  protected submit(): void {
    if (this.saving()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.host.nativeElement
        .querySelector<HTMLElement>('.ng-invalid textarea, textarea.ng-invalid')
        ?.focus();
      return;
    }
    const { en, ru } = this.form.getRawValue().title;
    const title = { en: en.trim(), ru: ru.trim() };
    if (this.data.mode === 'add') {
      this.store.dispatch(
        ActionDialogActions.addSubmitted({
          areaCode: this.data.areaCode,
          version: this.data.version,
          title,
        }),
      );
    } else if (this.form.pristine) {
      this.dialogRef.close(false);
    } else {
      this.store.dispatch(
        ActionDialogActions.renameSubmitted({
          actionCode: this.data.action.code,
          version: this.data.version,
          title,
        }),
      );
    }
  }

  protected reload(): void {
    this.store.dispatch(ActionPlanPageActions.reloadClicked());
    this.dialogRef.close(false);
  }
}
