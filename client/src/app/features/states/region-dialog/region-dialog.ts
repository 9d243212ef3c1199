import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatHint } from '@angular/material/form-field';
import { Store } from '@ngrx/store';
import type * as Shared from '@ppm/shared';

import {
  applyServerErrors,
  isRefusalWithoutFields,
  placeServerError,
  requiredValue,
} from '../../../core/forms';
import type { ApiError } from '../../../core/http';
import { Alert } from '../../../shared/ui/alert/alert';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { serverFormDialog } from '../../../shared/ui/form-dialog/server-form-dialog';
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
  imports: [FORM_DIALOG_IMPORTS, MatHint, Alert],
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
  `,
})
export class RegionDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<RegionDialog, boolean>>(MatDialogRef);
  protected readonly region = inject<RegionDialogData>(MAT_DIALOG_DATA).region;

  protected readonly status = this.store.selectSignal(selectRegionDialogStatus);
  protected readonly error = this.store.selectSignal(selectRegionDialogError);
  protected readonly otherFailure = computed(
    () =>
      this.status() === 'failed' &&
      this.error()?.code !== 'duplicate' &&
      isRefusalWithoutFields(this.error()),
  );

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
  private readonly server = serverFormDialog({
    form: this.form,
    status: this.status,
    error: this.error,
    showErrors: (error) => this.showErrors(error),
  });
  protected readonly saving = this.server.saving;

  constructor() {
    this.store.dispatch(RegionDialogActions.opened());
    if (this.region) {
      this.form.controls.code.disable();
    }
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
    if (!this.server.canSubmit()) {
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

  /** A taken code is the server's only complaint without a field: it goes on the code. */
  private showErrors(error: ApiError | null): void {
    applyServerErrors(this.form, error);
    if (error?.code === 'duplicate') {
      placeServerError(this.form.controls.code, 'states.regionDialog.codeTaken', error.message);
    }
  }
}
