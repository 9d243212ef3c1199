import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { Store } from '@ngrx/store';

import { isRefusalWithoutFields } from '../../../core/forms';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { serverFormDialog } from '../../../shared/ui/form-dialog/server-form-dialog';
import {
  ActionDialogActions,
  ActionPlanPageActions,
  type ActionView,
  selectIsStale,
  selectSaveError,
  selectSaveStatus,
} from '../data-access';
import { PlanSaveAlert } from '../plan-save-alert/plan-save-alert';
import { TITLE_MESSAGES, titleRules } from '../title-rules';

/** Add an action to an area, or rename an action. */
export type ActionDialogData =
  | { readonly mode: 'add'; readonly areaCode: string; readonly version: number }
  | { readonly mode: 'rename'; readonly action: ActionView; readonly version: number };

/**
 * The title of a new action, or a new title for an existing one, in both languages. The
 * server gives a new action the next free code of its area.
 */
@Component({
  selector: 'app-action-dialog',
  imports: [FORM_DIALOG_IMPORTS, PlanSaveAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-dialog.html',
  styleUrl: './title-dialog.scss',
})
export class ActionDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<ActionDialog, boolean>>(MatDialogRef);
  protected readonly data = inject<ActionDialogData>(MAT_DIALOG_DATA);

  protected readonly status = this.store.selectSignal(selectSaveStatus);
  protected readonly error = this.store.selectSignal(selectSaveError);
  protected readonly stale = this.store.selectSignal(selectIsStale);
  protected readonly otherFailure = computed(
    () => this.status() === 'failed' && !this.stale() && isRefusalWithoutFields(this.error()),
  );

  protected readonly heading =
    this.data.mode === 'add'
      ? { key: 'actionPlan.actionDialog.addTitle', code: this.data.areaCode }
      : { key: 'actionPlan.actionDialog.renameTitle', code: this.data.action.code };

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    title: this.fb.group({
      en: [this.data.mode === 'rename' ? this.data.action.titles.en : '', titleRules],
      ru: [this.data.mode === 'rename' ? this.data.action.titles.ru : '', titleRules],
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
    this.store.dispatch(ActionDialogActions.opened());
  }

  protected submit(): void {
    if (!this.server.canSubmit()) {
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
