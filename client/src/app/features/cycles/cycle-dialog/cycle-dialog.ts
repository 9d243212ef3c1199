import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, type ValidatorFn, Validators } from '@angular/forms';
import { MatOptgroup, MatOption } from '@angular/material/core';
import {
  MatDatepicker,
  MatDatepickerInput,
  MatDatepickerToggle,
} from '@angular/material/datepicker';
import { MatHint, MatSuffix } from '@angular/material/form-field';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatSelect, MatSelectTrigger } from '@angular/material/select';
import { Store } from '@ngrx/store';
import type * as Shared from '@ppm/shared';

import { requiredValue } from '../../../core/forms';
import { Alert } from '../../../shared/ui/alert/alert';
import { FORM_DIALOG_IMPORTS } from '../../../shared/ui/form-dialog/form-dialog-imports';
import { serverFormDialog } from '../../../shared/ui/form-dialog/server-form-dialog';
import { toIsoDate } from '../cycle-dates';
import { unplacedCycleProblems } from '../cycle-form-errors';
import {
  CycleDialogActions,
  selectCycleDialogError,
  selectCycleDialogStatus,
  selectReferenceStatus,
  selectStateGroups,
} from '../data-access';
import {
  applyRegionToggles,
  pickedStates,
  regionToken,
  someStatePicked,
  withRegionTokens,
} from './expected-states';

/** The longest name the server takes (shared's MAX_TITLE_LENGTH, checked by type). */
export const CYCLE_NAME_MAX_LENGTH: typeof Shared.MAX_TITLE_LENGTH = 500;

/** A name of spaces only is no name (the server trims it to nothing). */
const filledIn: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;

const nameRules = [filledIn, Validators.maxLength(CYCLE_NAME_MAX_LENGTH)];

/**
 * Plans a reporting cycle: its name in both languages, the period it covers, the opening date,
 * the deadline, and the states expected to report (every active state unless narrowed). The
 * cycle starts planned; it is opened on its page.
 */
@Component({
  selector: 'app-cycle-dialog',
  imports: [
    FORM_DIALOG_IMPORTS,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatHint,
    MatOptgroup,
    MatOption,
    MatProgressSpinner,
    MatSelect,
    MatSelectTrigger,
    MatSuffix,
    Alert,
  ],
  templateUrl: './cycle-dialog.html',
  styleUrl: './cycle-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CycleDialog {
  private readonly store = inject(Store);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly status = this.store.selectSignal(selectCycleDialogStatus);
  protected readonly error = this.store.selectSignal(selectCycleDialogError);
  protected readonly groups = this.store.selectSignal(selectStateGroups);
  protected readonly referenceStatus = this.store.selectSignal(selectReferenceStatus);
  /** Problems the server named without a field here, or refusals of another kind. */
  protected readonly problems = signal<readonly string[]>([]);
  protected readonly failed = computed(
    () => this.status() === 'failed' && this.error()?.status !== 400,
  );

  protected readonly form = this.fb.group({
    name: this.fb.group({ en: ['', nameRules], ru: ['', nameRules] }),
    periodFrom: this.fb.control<Date | null>(null, requiredValue),
    periodTo: this.fb.control<Date | null>(null, requiredValue),
    opensAt: this.fb.control<Date | null>(null, requiredValue),
    deadline: this.fb.control<Date | null>(null, requiredValue),
    expectedStates: this.fb.control<string[]>([], someStatePicked),
  });
  private readonly server = serverFormDialog({
    form: this.form,
    status: this.status,
    error: this.error,
    showErrors: (error) => this.problems.set(unplacedCycleProblems(this.form, error)),
  });
  protected readonly saving = this.server.saving;

  protected readonly periodFrom = toSignal(this.form.controls.periodFrom.valueChanges, {
    initialValue: null,
  });
  protected readonly opensAt = toSignal(this.form.controls.opensAt.valueChanges, {
    initialValue: null,
  });
  private readonly expected = toSignal(this.form.controls.expectedStates.valueChanges, {
    initialValue: [] as string[],
  });
  protected readonly pickedCount = computed(() => pickedStates(this.expected()).length);
  protected readonly stateCount = computed(() =>
    this.groups().reduce((count, group) => count + group.states.length, 0),
  );

  protected readonly nameMessages = {
    required: 'cycles.dialog.nameRequired',
    maxlength: 'forms.tooLong',
  };
  /** Text that is no date leaves the value empty: say that first. */
  protected readonly dateMessages = {
    matDatepickerParse: 'cycles.formErrors.date',
    required: 'cycles.dialog.dateRequired',
  };
  protected readonly periodToMessages = {
    ...this.dateMessages,
    matDatepickerMin: 'cycles.formErrors.periodOrder',
  };
  protected readonly deadlineMessages = {
    ...this.dateMessages,
    matDatepickerMin: 'cycles.formErrors.deadlineOrder',
  };
  protected readonly statesMessages = { noStates: 'cycles.formErrors.noStates' };
  protected readonly regionToken = regionToken;
  /** The picker's value before the person's latest change (the select has replaced it by then). */
  private picked: string[] = [];

  constructor() {
    this.store.dispatch(CycleDialogActions.opened());
    // Every active state is expected unless the person narrows the choice.
    effect(() => {
      const groups = this.groups();
      const control = this.form.controls.expectedStates;
      if (groups.length === 0) {
        // No names to pick from (not loaded): the server's default, every active state.
        control.disable();
      } else if (!control.dirty) {
        const all = groups.flatMap((group) => group.states.map((state) => state.code));
        this.picked = withRegionTokens(all, groups);
        control.setValue(this.picked);
        control.enable();
      }
    });
  }

  /** A region's "all" option toggles its states; its tick follows them. */
  protected statesChanged(after: string[]): void {
    this.picked = applyRegionToggles(this.picked, after, this.groups());
    this.form.controls.expectedStates.setValue(this.picked);
  }

  protected submit(): void {
    if (!this.server.canSubmit()) {
      return;
    }
    const { name, periodFrom, periodTo, opensAt, deadline, expectedStates } =
      this.form.getRawValue();
    const states = pickedStates(expectedStates);
    this.store.dispatch(
      CycleDialogActions.createSubmitted({
        cycle: {
          name: { en: name.en.trim(), ru: name.ru.trim() },
          periodFrom: toIsoDate(periodFrom!),
          periodTo: toIsoDate(periodTo!),
          opensAt: toIsoDate(opensAt!),
          deadline: toIsoDate(deadline!),
          // Without the names of the states, the server's default: every active state.
          ...(states.length > 0 ? { expectedStates: states } : {}),
        },
      }),
    );
  }
}
