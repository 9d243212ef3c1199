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
  ActionPlanPageActions,
  AreaDialogActions,
  type AreaView,
  TITLE_MAX_LENGTH,
  selectIsStale,
  selectSaveError,
  selectSaveStatus,
} from '../data-access';

export interface AreaDialogData {
  readonly area: AreaView;
  /** The plan version the page showed. */
  readonly version: number;
}

const textRules = [requiredValue, Validators.maxLength(TITLE_MAX_LENGTH)];

/**
 * Edits an area's title and short title in both languages. The server's complaints land on
 * the fields; if someone else changed the plan meanwhile, it says so and offers a reload.
 */
@Component({
  selector: 'app-area-dialog',
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
  templateUrl: './area-dialog.html',
  styleUrl: '../action-dialog/title-dialog.scss',
})
export class AreaDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<AreaDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<AreaDialogData>(MAT_DIALOG_DATA);

  protected readonly status = this.store.selectSignal(selectSaveStatus);
  protected readonly error = this.store.selectSignal(selectSaveError);
  protected readonly stale = this.store.selectSignal(selectIsStale);
  protected readonly saving = computed(() => this.status() === 'saving');
  /** A failure that no field shows (and that the snackbar does not tell either). */
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

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: this.fb.group({
      en: [this.data.area.titles.title.en, textRules],
      ru: [this.data.area.titles.title.ru, textRules],
    }),
    shortTitle: this.fb.group({
      en: [this.data.area.titles.shortTitle.en, textRules],
      ru: [this.data.area.titles.shortTitle.ru, textRules],
    }),
  });
  protected readonly messages = {
    required: 'actionPlan.form.required',
    maxlength: 'actionPlan.form.tooLong',
  };

  constructor() {
    this.store.dispatch(AreaDialogActions.opened());
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
      this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
      return;
    }
    if (this.form.pristine) {
      this.dialogRef.close(false);
      return;
    }
    const { title, shortTitle } = this.form.getRawValue();
    this.store.dispatch(
      AreaDialogActions.submitted({
        areaCode: this.data.area.code,
        version: this.data.version,
        changes: {
          title: { en: title.en.trim(), ru: title.ru.trim() },
          shortTitle: { en: shortTitle.en.trim(), ru: shortTitle.ru.trim() },
        },
      }),
    );
  }

  protected reload(): void {
    this.store.dispatch(ActionPlanPageActions.reloadClicked());
    this.dialogRef.close(false);
  }
}
