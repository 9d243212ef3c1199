import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';

import { Alert } from '../../../shared/ui/alert/alert';
import type { PlanStatus } from '../../action-plan/data-access';
import { AreaCard } from '../area-card/area-card';
import type { ActionPlanOverview } from '../data-access';

/** Placeholders while the plan loads: one per cooperation area the plan usually has. */
const SKELETON_CARDS = [1, 2, 3, 4, 5, 6];

/** The Action Plan being monitored and its cooperation areas: the home page's lower part. */
@Component({
  selector: 'app-plan-overview',
  imports: [AreaCard, MatButton, MatIcon, TranslocoPipe, Alert],
  templateUrl: './plan-overview.html',
  styleUrl: './plan-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanOverview {
  readonly overview = input.required<ActionPlanOverview | null>();
  readonly status = input.required<PlanStatus>();
  readonly retry = output();
  protected readonly skeletonCards = SKELETON_CARDS;
}
