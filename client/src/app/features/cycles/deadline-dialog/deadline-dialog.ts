import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSelect } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { requiredValue } from '../../../core/forms';
import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { FieldError } from '../../../shared/ui/field-error/field-error';
import { CalendarDayPipe } from '../calendar-day.pipe';
import { fromIsoDate, toIsoDate } from '../cycle-dates';
import { placeCycleErrors } from '../cycle-form-errors';
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
    ReactiveFormsModule,
    MatButton,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    MatProgressSpinner,
    MatSelect,
    MatSuffix,
    TranslocoPipe,
    Alert,
    CalendarDayPipe,
    FieldError,
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
    .submit mat-progress-spinner {
      margin-inline-end: 8px;
    }
  `,
})
export class DeadlineDialog {
  private readonly store = inject(Store);
  private readonly dialogRef = inject<MatDialogRef<DeadlineDialog, boolean>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<DeadlineDialogData>(MAT_DIALOG_DATA);

  protected readonly status = this.store.selectSignal(selectCycleDialogStatus);
  protected readonly error = this.store.selectSignal(selectCycleDialogError);
  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly saving = computed(() => this.status() === 'saving');
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
    effect(() => {
      const error = this.error();
      const unplaced = placeCycleErrors(this.form, error);
      this.problems.set(error?.status === 400 ? unplaced.map((detail) => detail.message) : []);
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
        .querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid')
        ?.focus();
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
