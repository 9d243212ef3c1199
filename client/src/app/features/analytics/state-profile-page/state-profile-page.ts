import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective, translateObjectSignal } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { isAppStateRole, selectRole } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { ChartPanel } from '../../../shared/ui/charts/chart-panel/chart-panel';
import { AnalyticsNavigation, openOnQueryChange } from '../analytics-navigation';
import {
  AnalyticsPageActions,
  selectComparisonChart,
  selectNames,
  selectProfile,
  selectProfileComparison,
  selectProfileStateCode,
  selectProfileTrendChart,
  selectStateOptions,
} from '../data-access';
import { FigureBlock } from '../figure-block/figure-block';

/**
 * `/progress/state`: one state by area across cycles, beside every state's figures. A focal
 * point sees its own state here, and the aggregates as the rules let it (withheld when fewer
 * than 3 states report).
 */
@Component({
  selector: 'app-state-profile-page',
  imports: [
    Alert,
    ChartPanel,
    FigureBlock,
    MatFormField,
    MatLabel,
    MatOption,
    MatSelect,
    TranslocoDirective,
  ],
  templateUrl: './state-profile-page.html',
  styleUrl: './state-profile-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StateProfilePage {
  private readonly store = inject(Store);
  private readonly navigation = inject(AnalyticsNavigation);

  protected readonly stateCode = this.store.selectSignal(selectProfileStateCode);
  protected readonly states = this.store.selectSignal(selectStateOptions);
  protected readonly profile = this.store.selectSignal(selectProfile);
  protected readonly comparison = this.store.selectSignal(selectProfileComparison);
  protected readonly comparisonChart = this.store.selectSignal(selectComparisonChart);
  protected readonly trendChart = this.store.selectSignal(selectProfileTrendChart);
  private readonly names = this.store.selectSignal(selectNames);
  private readonly role = this.store.selectSignal(selectRole);
  /** People of a state see their own; the others pick any state. */
  protected readonly picksState = computed(() => {
    const role = this.role();
    return role !== null && !isAppStateRole(role);
  });
  protected readonly stateName = computed(() => {
    const code = this.stateCode();
    return code ? this.names().state(code) : '';
  });
  protected readonly seriesNames = translateObjectSignal('series', {}, 'analytics');

  constructor() {
    openOnQueryChange('state-profile');
  }

  protected chooseState(stateCode: string): void {
    this.navigation.change({ stateCode });
  }

  protected retry(): void {
    this.store.dispatch(AnalyticsPageActions.retryClicked());
  }
}
