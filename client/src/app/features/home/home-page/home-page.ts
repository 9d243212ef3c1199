import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { selectLocale } from '../../../core/i18n';
import { selectUser } from '../../../core/session';
import {
  HomePageActions,
  selectApprovedData,
  selectAreaProgress,
  selectEvaluationItems,
  selectOwnReportHome,
  selectPeopleSummary,
  selectSecretariatHome,
  selectSubmissionFigures,
} from '../data-access';
import { EvaluatorDesk } from '../evaluator-desk/evaluator-desk';
import { OwnReportCard } from '../own-report-card/own-report-card';
import { PeopleDesk } from '../people-desk/people-desk';
import { PlanSection } from '../plan-section/plan-section';
import { ReviewDesk } from '../review-desk/review-desk';

/**
 * The landing page answers "what do I do now" for the person's role: a state's report, the
 * Secretariat's review queue and late states, an evaluator's evaluations and approved data,
 * an admin's people. The plan itself follows below.
 */
@Component({
  selector: 'app-home-page',
  imports: [EvaluatorDesk, OwnReportCard, PeopleDesk, PlanSection, ReviewDesk, TranslocoPipe],
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly store = inject(Store);
  protected readonly user = this.store.selectSignal(selectUser);
  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly ownReport = this.store.selectSignal(selectOwnReportHome);
  protected readonly secretariat = this.store.selectSignal(selectSecretariatHome);
  protected readonly figures = this.store.selectSignal(selectSubmissionFigures);
  protected readonly progress = this.store.selectSignal(selectAreaProgress);
  protected readonly evaluations = this.store.selectSignal(selectEvaluationItems);
  protected readonly approved = this.store.selectSignal(selectApprovedData);
  protected readonly people = this.store.selectSignal(selectPeopleSummary);

  constructor() {
    this.store.dispatch(HomePageActions.opened({ now: new Date().toISOString() }));
  }

  protected retry(): void {
    this.store.dispatch(HomePageActions.retryClicked({ now: new Date().toISOString() }));
  }
}
