import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { Alert } from '../../../shared/ui/alert/alert';
import { OverviewPageActions, selectPlanStatus } from '../../action-plan/data-access';
import { AreaCard } from '../area-card/area-card';
import { selectActionPlanOverview } from '../data-access';

/** Placeholders while the plan loads: one per cooperation area the plan usually has. */
const SKELETON_CARDS = [1, 2, 3, 4, 5, 6];

/** The landing page: the Action Plan being monitored and its cooperation areas. */
@Component({
  selector: 'app-overview-page',
  imports: [AreaCard, MatButton, MatIcon, TranslocoPipe, Alert],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly store = inject(Store);
  protected readonly overview = this.store.selectSignal(selectActionPlanOverview);
  protected readonly status = this.store.selectSignal(selectPlanStatus);
  protected readonly skeletonCards = SKELETON_CARDS;

  constructor() {
    this.store.dispatch(OverviewPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(OverviewPageActions.retryClicked());
  }
}
