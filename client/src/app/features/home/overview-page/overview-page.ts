import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { AreaCard } from '../area-card/area-card';
import { selectActionPlanOverview } from '../data-access';

/** The landing page: the Action Plan being monitored and its cooperation areas. */
@Component({
  selector: 'app-overview-page',
  imports: [AreaCard, MatIcon, TranslocoPipe],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  protected readonly overview = inject(Store).selectSignal(selectActionPlanOverview);
}
