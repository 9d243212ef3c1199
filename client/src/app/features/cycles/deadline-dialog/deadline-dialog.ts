import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatOption } from '@angular/material/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatHint, MatSuffix } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { Store } from '@ngrx/store';

import { requiredValue } from '../../../core/forms';
import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { serverFormDialog } from '../../../shared/ui/form-dialog/server-form-dialog';
import { CalendarDayPipe } from '../calendar-day.pipe';
import { fromIsoDate, toIsoDate } from '../cycle-dates';
import { unplacedCycleProblems } from '../cycle-form-errors';
import {
  DeadlineDialogActions,
  type ReviewRowView,
  selectCycleDialogError,
  selectCycleDialogStatus,
} from '../data-access';

export interface DeadlineDialogData {
  readonly cycleId: string;
  /** The cycle's own deadline: an extension must come after it. */
  readonly cycleDeadline: string;
  /** The expected states, by name, with their current deadlines. */
  readonly states: readonly Pick<
    ReviewRowView,
    'stateCode' | 'stateName' | 'deadline' | 'extended'
  >[];
  /** The state to preselect, if the person came from its row. */
  readonly stateCode: string | null;
}

/** Gives one expected state a later deadline than the cycle's (replacing an earlier extension). */
@Component({
  selector: 'app-deadline-dialog',
  imports: [
    FORM_DIALOG_IMPORTS,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatHint,
    MatOption,
    MatSelect,
    MatSuffix,
    Alert,
    CalendarDayPipe,
  ],
  templateUrl: './deadline-dialog.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .intro {
      margin: 0 0 8px;
    }
  `,
})
export class DeadlineDialog {
  private readonly store = inject(Store);
  protected readonly data = inject<DeadlineDialogData>(MAT_DIALOG_DATA);

  protected readonly status = this.store.selectSignal(selectCycleDialogStatus);
  protected readonly error = this.store.selectSignal(selectCycleDialogError);
  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly problems = signal<readonly string[]>([]);
  protected readonly failed = computed(
    () => this.status() === 'failed' && this.error()?.status !== 400,
  );

  /** The day after the cycle's deadline: the earliest an extension may be. */
  protected readonly earliest = (() => {
    const deadline = fromIsoDate(this.data.cycleDeadline);
    return deadline
      ? new Date(deadline.getFullYear(), deadline.getMonth(), deadline.getDate() + 1)
      : null;
  })();

  protected readonly form = inject(NonNullableFormBuilder).group({
    stateCode: [this.data.stateCode ?? '', requiredValue],
    deadline: [null as Date | null, requiredValue],
  });
  private readonly server = serverFormDialog({
    form: this.form,
    status: this.status,
    error: this.error,
    showErrors: (error) => this.problems.set(unplacedCycleProblems(this.form, error)),
  });
  protected readonly saving = this.server.saving;
  private readonly stateCode = toSignal(this.form.controls.stateCode.valueChanges, {
    initialValue: this.form.controls.stateCode.value,
  });
  protected readonly chosen = computed(
    () => this.data.states.find((state) => state.stateCode === this.stateCode()) ?? null,
  );

  protected readonly stateMessages = { required: 'cycles.deadlineDialog.stateRequired' };
  protected readonly deadlineMessages = {
    matDatepickerParse: 'cycles.formErrors.date',
    required: 'cycles.dialog.dateRequired',
    matDatepickerMin: 'cycles.deadlineDialog.tooEarly',
  };

  constructor() {
    this.store.dispatch(DeadlineDialogActions.opened());
  }

  protected submit(): void {
    if (!this.server.canSubmit()) {
      return;
    }
    const { stateCode, deadline } = this.form.getRawValue();
    this.store.dispatch(
      DeadlineDialogActions.submitted({
        cycleId: this.data.cycleId,
        extension: { stateCode, deadline: toIsoDate(deadline!) },
      }),
    );
  }
}
