import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { awaitsSubmission } from '@ppm/shared/rules';

import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { LocalDatePipe } from '../../../shared/ui/local-date.pipe';
import { AnalyticsNavigation, openOnQueryChange } from '../analytics-navigation';
import {
  AnalyticsPageActions,
  SUBMISSION_ORDER,
  type SubmissionStatus,
  selectBoardRows,
  selectCycleId,
  selectQuery,
  selectSubmissions,
} from '../data-access';
import { FigureBlock } from '../figure-block/figure-block';

const ANY = '';

/**
 * `/progress/submissions`: every expected state's report (status, completeness, last
 * activity, deadline), late states first; filtered by region (above) and status (here).
 * The Secretariat reminds a state still to come in from its row (the state's reminder page);
 * all overdue states at once from the cycle's page.
 */
@Component({
  selector: 'app-submissions-page',
  imports: [
    FigureBlock,
    LocalDatePipe,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatProgressBar,
    MatSelect,
    RouterLink,
    TranslocoDirective,
  ],
  templateUrl: './submissions-page.html',
  styleUrl: './submissions-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmissionsPage {
  private readonly store = inject(Store);
  private readonly navigation = inject(AnalyticsNavigation);

  protected readonly submissions = this.store.selectSignal(selectSubmissions);
  protected readonly rows = this.store.selectSignal(selectBoardRows);
  protected readonly query = this.store.selectSignal(selectQuery);
  protected readonly cycleId = this.store.selectSignal(selectCycleId);
  protected readonly locale = this.store.selectSignal(selectLocale);
  private readonly role = this.store.selectSignal(selectRole);
  /** The Secretariat reminds states that have not submitted, from their row. */
  protected readonly reminds = computed(() => this.role() === 'secretariat');
  protected readonly statuses = SUBMISSION_ORDER;
  protected readonly any = ANY;

  constructor() {
    openOnQueryChange('submissions');
  }

  /** Only what the viewer may open: the Secretariat any begun report, evaluators approved ones. */
  protected opensReport(status: SubmissionStatus): boolean {
    const role = this.role();
    return role === 'evaluator'
      ? status === 'approved'
      : role === 'secretariat' && status !== 'not_started';
  }

  protected readonly awaitsSubmission = awaitsSubmission;

  protected filterStatus(status: SubmissionStatus | typeof ANY): void {
    this.navigation.change({ status: status || null });
  }

  protected retry(): void {
    this.store.dispatch(AnalyticsPageActions.retryClicked());
  }
}
