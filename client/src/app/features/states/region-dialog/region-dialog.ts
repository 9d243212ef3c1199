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
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type * as Shared from '@ppm/shared';

import { SERVER_ERROR, applyServerErrors, requiredValue } from '../../../core/forms';
import { Alert } from '../../../shared/ui/alert/alert';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import {
  RegionDialogActions,
  type RegionView,
  selectRegionDialogError,
  selectRegionDialogStatus,
} from '../data-access';

/** The server's rule for region codes (shared's regionCodeSchema). */
export const REGION_CODE_PATTERN = /^[A-Z]{2,5}$/;
/** The longest name the server takes (shared's MAX_TITLE_LENGTH, checked by type). */
export const REGION_NAME_MAX_LENGTH: typeof Shared.MAX_TITLE_LENGTH = 500;

export interface RegionDialogData {
  /** The region to rename, or null to add one. */
  readonly region: RegionView | null;
}

const nameRules = [requiredValue, Validators.maxLength(REGION_NAME_MAX_LENGTH)];

/** Adds a region (code and name in both languages) or renames one. */
@Component({
  selector: 'app-region-dialog',
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatLabel,
    MatInput,
    MatProgressSpinner,
    TranslocoPipe,
    Alert,
    FieldError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './region-dialog.html',
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    mat-form-field {
      width: 100%;
    }
    .code-field {
      margin-block-end: 12px;
    }
    app-alert {
      margin-block-end: 12px;
    }
    .submit mat-progress-spinner {
      display: inline-block;
      margin-inline-end: 8px;
      vertical-align: middle;
      --mat-progress-spinner-active-indicator-color: currentColor;
    }
  `,
})
export class RegionDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<RegionDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly region = inject<RegionDialogData>(MAT_DIALOG_DATA).region;

  protected readonly status = this.store.selectSignal(selectRegionDialogStatus);
  protected readonly error = this.store.selectSignal(selectRegionDialogError);
  protected readonly saving = computed(() => this.status() === 'saving');
  protected readonly otherFailure = computed(() => {
    const error = this.error();
    return (
      this.status() === 'failed' &&
      error !== null &&
      error.code !== 'duplicate' &&
      error.details.length === 0 &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 403
    );
  });

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    code: [this.region?.code ?? '', [requiredValue, Validators.pattern(REGION_CODE_PATTERN)]],
    name: this.fb.group({
      en: [this.region?.names.en ?? '', nameRules],
      ru: [this.region?.names.ru ?? '', nameRules],
    }),
  });
  protected readonly codeMessages = {
    required: 'states.regionDialog.codeRequired',
    pattern: 'states.regionDialog.codePattern',
  };
  protected readonly nameMessages = {
    required: 'states.regionDialog.required',
    maxlength: 'states.regionDialog.tooLong',
  };

  constructor() {
    this.store.dispatch(RegionDialogActions.opened());
    if (this.region) {
      this.form.controls.code.disable();
    }
    effect(() => {
      const error = this.error();
      applyServerErrors(this.form, error);
      if (error?.code === 'duplicate') {
        const code = this.form.controls.code;
        code.setErrors({
          [SERVER_ERROR]: {
            key: 'states.regionDialog.codeTaken',
            params: {},
            message: error.message,
          },
        });
        code.markAsTouched();
      }
    });
    effect(() => {
      if (this.status() === 'saved') {
        this.dialogRef.close(true);
      }
    });
  }

  /** Codes are capitals; type them any way. */
  protected upperCaseCode(): void {
    const code = this.form.controls.code;
    const upper = code.value.toUpperCase().trim();
    if (upper !== code.value) {
      code.setValue(upper);
    }
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
    const { code, name } = this.form.getRawValue();
    const names = { en: name.en.trim(), ru: name.ru.trim() };
    if (this.region) {
      if (this.form.pristine) {
        this.dialogRef.close(false);
        return;
      }
      this.store.dispatch(
        RegionDialogActions.renameSubmitted({ code: this.region.code, name: names }),
      );
    } else {
      this.store.dispatch(RegionDialogActions.createSubmitted({ region: { code, name: names } }));
    }
  }
}
