import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { Alert } from '../../../shared/ui/alert/alert';
import { AnalyticsNavigation, openOnQueryChange } from '../analytics-navigation';
import {
  AnalyticsPageActions,
  selectCoverage,
  selectEntries,
  selectPeerActions,
  selectPeerLearning,
  selectQuery,
} from '../data-access';
import { FigureBlock } from '../figure-block/figure-block';

/**
 * `/progress/peer-learning` (Secretariat): per action, the states that report substantial or
 * completed progress beside the states asking for support on it, as suggested pairings for
 * exchanges (same region first).
 */
@Component({
  selector: 'app-peer-learning-page',
  imports: [Alert, FigureBlock, MatFormField, MatLabel, MatOption, MatSelect, TranslocoDirective],
  templateUrl: './peer-learning-page.html',
  styleUrl: './peer-learning-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerLearningPage {
  private readonly store = inject(Store);
  private readonly navigation = inject(AnalyticsNavigation);

  protected readonly query = this.store.selectSignal(selectQuery);
  protected readonly coverage = this.store.selectSignal(selectCoverage);
  protected readonly entries = this.store.selectSignal(selectEntries);
  protected readonly actions = this.store.selectSignal(selectPeerActions);
  protected readonly peers = this.store.selectSignal(selectPeerLearning);
  protected readonly action = computed(() =>
    this.actions().find((action) => action.code === this.query().actionCode),
  );

  constructor() {
    openOnQueryChange('peer-learning');
  }

  protected chooseAction(actionCode: string): void {
    this.navigation.change({ actionCode });
  }

  protected retry(): void {
    this.store.dispatch(AnalyticsPageActions.retryClicked());
  }
}
