import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Store } from '@ngrx/store';

import { isRefusalWithoutFields } from '../../../core/forms';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { serverFormDialog } from '../../../shared/ui/form-dialog/server-form-dialog';
import {
  ActionPlanPageActions,
  AreaDialogActions,
  type AreaView,
  selectIsStale,
  selectSaveError,
  selectSaveStatus,
} from '../data-access';
import { PlanSaveAlert } from '../plan-save-alert/plan-save-alert';
import { TITLE_MESSAGES, titleRules } from '../title-rules';

export interface AreaDialogData {
  readonly area: AreaView;
  /** The plan version the page showed. */
  readonly version: number;
}

/**
 * Edits an area's title and short title in both languages. The server's complaints land on
 * the fields; if someone else changed the plan meanwhile, it says so and offers a reload.
 */
@Component({
  selector: 'app-area-dialog',
  imports: [FORM_DIALOG_IMPORTS, PlanSaveAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './area-dialog.html',
  styleUrl: '../action-dialog/title-dialog.scss',
})
export class AreaDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<AreaDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<AreaDialogData>(MAT_DIALOG_DATA);

  protected readonly status = this.store.selectSignal(selectSaveStatus);
  protected readonly error = this.store.selectSignal(selectSaveError);
  protected readonly stale = this.store.selectSignal(selectIsStale);
  /** A failure that no field shows (and that the snackbar does not tell either). */
  protected readonly otherFailure = computed(
    () => this.status() === 'failed' && !this.stale() && isRefusalWithoutFields(this.error()),
  );

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: this.fb.group({
      en: [this.data.area.titles.title.en, titleRules],
      ru: [this.data.area.titles.title.ru, titleRules],
    }),
    shortTitle: this.fb.group({
      en: [this.data.area.titles.shortTitle.en, titleRules],
      ru: [this.data.area.titles.shortTitle.ru, titleRules],
    }),
  });
  protected readonly messages = TITLE_MESSAGES;
  private readonly server = serverFormDialog({
    form: this.form,
    status: this.status,
    error: this.error,
  });
  protected readonly saving = this.server.saving;

  constructor() {
    this.store.dispatch(AreaDialogActions.opened());
  }

  protected submit(): void {
    if (!this.server.canSubmit()) {
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
