import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, translateObjectSignal } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { Alert } from '../../../shared/ui/alert/alert';
import { ChartPanel } from '../../../shared/ui/charts/chart-panel/chart-panel';
import { KpiCard } from '../../../shared/ui/kpi-card/kpi-card';
import { openOnQueryChange, sharedParams } from '../analytics-navigation';
import {
  AnalyticsPageActions,
  selectAreaScoreChart,
  selectAreaStatusChart,
  selectHiddenAreas,
  selectHiddenRegions,
  selectIsEmptyCycle,
  selectOverviewKpiStatus,
  selectOverviewKpis,
  selectProgressByArea,
  selectProgressByRegion,
  selectQuery,
  selectRegionChart,
  selectReportStatusChart,
  selectSubmissions,
  selectTrend,
  selectTrendChart,
} from '../data-access';
import { FigureBlock } from '../figure-block/figure-block';
import { PrintStyles } from '../print-styles';

/**
 * `/progress`: the cycle at a glance. Key figures against the previous cycle, areas by score
 * and status, the trend over cycles, regions, and the reports' statuses. Prints cleanly (the
 * browser's "Save as PDF" gives the PDF).
 */
@Component({
  selector: 'app-overview-page',
  imports: [
    Alert,
    ChartPanel,
    FigureBlock,
    KpiCard,
    MatButton,
    MatIcon,
    PrintStyles,
    RouterLink,
    TranslocoDirective,
  ],
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OverviewPage {
  private readonly store = inject(Store);

  protected readonly submissions = this.store.selectSignal(selectSubmissions);
  protected readonly byArea = this.store.selectSignal(selectProgressByArea);
  protected readonly byRegion = this.store.selectSignal(selectProgressByRegion);
  protected readonly trend = this.store.selectSignal(selectTrend);
  protected readonly kpis = this.store.selectSignal(selectOverviewKpis);
  protected readonly kpiStatus = this.store.selectSignal(selectOverviewKpiStatus);
  protected readonly areaScores = this.store.selectSignal(selectAreaScoreChart);
  protected readonly areaStatuses = this.store.selectSignal(selectAreaStatusChart);
  protected readonly regions = this.store.selectSignal(selectRegionChart);
  protected readonly trendChart = this.store.selectSignal(selectTrendChart);
  protected readonly reportStatuses = this.store.selectSignal(selectReportStatusChart);
  protected readonly hiddenAreas = this.store.selectSignal(selectHiddenAreas);
  protected readonly hiddenRegions = this.store.selectSignal(selectHiddenRegions);
  protected readonly emptyCycle = this.store.selectSignal(selectIsEmptyCycle);
  private readonly query = this.store.selectSignal(selectQuery);
  protected readonly boardParams = computed(() => sharedParams(this.query()));
  /** Names of statuses and series in the reader's language, for charts and their tables. */
  protected readonly seriesNames = translateObjectSignal('series', {}, 'analytics');

  constructor() {
    openOnQueryChange('overview');
  }

  protected retry(): void {
    this.store.dispatch(AnalyticsPageActions.retryClicked());
  }

  protected print(): void {
    window.print();
  }
}
