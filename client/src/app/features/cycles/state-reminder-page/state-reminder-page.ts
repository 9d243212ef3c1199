import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { Alert } from '../../../shared/ui/alert/alert';
import { LocalDateTimePipe } from '../../../shared/ui/local-date-time.pipe';
import { CalendarDayPipe } from '../calendar-day.pipe';
import {
  StateReminderPageActions,
  selectAllReviewRows,
  selectCurrentCycleView,
  selectReminder,
} from '../data-access';

/** Why "remind" is greyed out, by what the server said. */
const SEND_FAILURES: Readonly<Record<string, string>> = {
  recently_reminded: 'cycles.reminder.whyNot.recent',
  no_recipients: 'cycles.reminder.whyNot.noOne',
  cycle_not_open: 'cycles.reminder.whyNot.notOpen',
  already_submitted: 'cycles.reminder.whyNot.submitted',
};

/**
 * `/cycles/:cycleId/states/:stateCode` (the Secretariat): a state that has not started its
 * report. Says so, shows the deadline and when the state was last reminded, and offers "remind".
 */
@Component({
  selector: 'app-state-reminder-page',
  imports: [
    MatAnchor,
    MatButton,
    MatIcon,
    MatProgressSpinner,
    RouterLink,
    TranslocoPipe,
    Alert,
    CalendarDayPipe,
    LocalDateTimePipe,
  ],
  templateUrl: './state-reminder-page.html',
  styleUrl: './state-reminder-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StateReminderPage {
  /** From the route. */
  readonly cycleId = input.required<string>();
  readonly stateCode = input.required<string>();

  private readonly store = inject(Store);
  private readonly state = this.store.selectSignal(selectReminder);
  private readonly rows = this.store.selectSignal(selectAllReviewRows);
  protected readonly cycle = this.store.selectSignal(selectCurrentCycleView);
  protected readonly locale = this.store.selectSignal(selectLocale);

  protected readonly reminder = computed(() => this.state().view);
  protected readonly sending = computed(() => this.state().sending);
  protected readonly failed = computed(() => this.state().status === 'failed');
  protected readonly notFound = computed(() => this.state().error?.status === 404);
  private readonly row = computed(() =>
    this.rows().find((row) => row.stateCode === this.stateCode()),
  );
  protected readonly stateName = computed(() => this.row()?.stateName ?? this.stateCode());
  protected readonly late = computed(() => this.row()?.late ?? false);

  protected readonly whyNot = computed(() => {
    const reminder = this.reminder();
    if (!reminder || reminder.canRemind) {
      return null;
    }
    if (this.cycle()?.status !== 'open') {
      return SEND_FAILURES['cycle_not_open'];
    }
    return reminder.recipients === 0
      ? SEND_FAILURES['no_recipients']
      : SEND_FAILURES['recently_reminded'];
  });

  protected readonly sendFailure = computed(
    () => SEND_FAILURES[this.state().sendError?.code ?? ''] ?? 'cycles.reminder.sendFailed',
  );

  constructor() {
    effect(() => {
      const cycleId = this.cycleId();
      const stateCode = this.stateCode();
      untracked(() => this.store.dispatch(StateReminderPageActions.opened({ cycleId, stateCode })));
    });
  }

  protected retry(): void {
    this.store.dispatch(
      StateReminderPageActions.opened({ cycleId: this.cycleId(), stateCode: this.stateCode() }),
    );
  }

  protected remind(): void {
    this.store.dispatch(
      StateReminderPageActions.remindClicked({
        cycleId: this.cycleId(),
        stateCode: this.stateCode(),
      }),
    );
  }
}
