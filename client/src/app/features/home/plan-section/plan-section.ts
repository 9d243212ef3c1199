import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';

import { OverviewPageActions, selectPlanStatus } from '../../action-plan/data-access';
import { selectActionPlanOverview } from '../data-access';
import { PlanOverview } from '../plan-overview/plan-overview';

/** The plan below the home page's tasks: reads the plan through the action plan's state. */
@Component({
  selector: 'app-plan-section',
  imports: [PlanOverview],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<app-plan-overview [overview]="overview()" [status]="status()" (retry)="retry()" />`,
})
export class PlanSection {
  private readonly store = inject(Store);
  protected readonly overview = this.store.selectSignal(selectActionPlanOverview);
  protected readonly status = this.store.selectSignal(selectPlanStatus);

  constructor() {
    this.store.dispatch(OverviewPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(OverviewPageActions.retryClicked());
  }
}
