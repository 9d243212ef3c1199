import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';

import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { Skeleton } from '../../../shared/ui/skeleton/skeleton';
import { AnalyticsFilters } from '../analytics-filters/analytics-filters';
import { AnalyticsNavigation, sharedParams } from '../analytics-navigation';
import {
  AnalyticsPageActions,
  type AnalyticsQuery,
  type ExportView,
  exportUrl,
  selectBasis,
  selectCanChooseBasis,
  selectCurrentCycle,
  selectCycleId,
  selectCycleOptions,
  selectCyclesStatus,
  selectMayPublish,
  selectPublication,
  selectQuery,
  selectRegionOptions,
} from '../data-access';
import type { IconName } from '../../../core/icons/icon-names';

interface Tab {
  readonly path: string;
  readonly key: string;
  readonly icon: IconName;
}

const TABS: readonly Tab[] = [
  { path: '/progress', key: 'overview', icon: 'monitoring' },
  { path: '/progress/submissions', key: 'submissions', icon: 'fact_check' },
  { path: '/progress/coverage', key: 'coverage', icon: 'grid_on' },
  { path: '/progress/drill-down', key: 'drillDown', icon: 'query_stats' },
  { path: '/progress/state', key: 'stateProfile', icon: 'person' },
];
const PEER_TAB: Tab = { path: '/progress/peer-learning', key: 'peerLearning', icon: 'handshake' };
const CSV_VIEWS: readonly ExportView[] = ['entries', 'state', 'area', 'action'];

/**
 * `/progress`: the dashboard's frame. The shared filters (kept in the URL), the basis the
 * figures are on, the exports, the Secretariat's publication switch, and a tab per page.
 */
@Component({
  selector: 'app-analytics-layout',
  imports: [
    Alert,
    AnalyticsFilters,
    MatButton,
    MatIcon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatSlideToggle,
    MatTabLink,
    MatTabNav,
    MatTabNavPanel,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    Skeleton,
    TranslocoDirective,
  ],
  templateUrl: './analytics-layout.html',
  styleUrl: './analytics-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsLayout {
  private readonly store = inject(Store);
  private readonly navigation = inject(AnalyticsNavigation);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly cycles = this.store.selectSignal(selectCycleOptions);
  protected readonly cyclesStatus = this.store.selectSignal(selectCyclesStatus);
  protected readonly regions = this.store.selectSignal(selectRegionOptions);
  protected readonly query = this.store.selectSignal(selectQuery);
  protected readonly cycleId = this.store.selectSignal(selectCycleId);
  protected readonly basis = this.store.selectSignal(selectBasis);
  protected readonly canChooseBasis = this.store.selectSignal(selectCanChooseBasis);
  protected readonly cycle = this.store.selectSignal(selectCurrentCycle);
  protected readonly mayPublish = this.store.selectSignal(selectMayPublish);
  protected readonly publication = this.store.selectSignal(selectPublication);
  private readonly role = this.store.selectSignal(selectRole);
  private readonly locale = this.store.selectSignal(selectLocale);

  protected readonly tabs = computed(() =>
    this.role() === 'secretariat' ? [...TABS, PEER_TAB] : TABS,
  );
  protected readonly linkParams = computed(() => sharedParams(this.query()));
  protected readonly noCycle = computed(
    () => this.cyclesStatus() === 'loaded' && this.cycles().length === 0,
  );
  protected readonly csvViews = CSV_VIEWS;

  protected exportLink(format: 'xlsx' | 'csv', view?: ExportView): string | null {
    const cycleId = this.cycleId();
    return cycleId
      ? exportUrl(format, {
          cycleId,
          basis: this.basis(),
          lang: this.locale(),
          regionCode: this.query().regionCode,
          view,
        })
      : null;
  }

  protected changeFilters(patch: Partial<AnalyticsQuery>): void {
    this.navigation.change(patch);
  }

  protected retry(): void {
    this.store.dispatch(AnalyticsPageActions.retryClicked());
  }

  /** Publishing shows a closed cycle's approved reports to every state: asked first. */
  protected togglePublication(): void {
    const cycle = this.cycle();
    if (!cycle) {
      return;
    }
    const published = !cycle.published;
    const base = `analytics.publication.${published ? 'publish' : 'withdraw'}`;
    confirm(this.dialog, {
      title: this.transloco.translate(`${base}.title`),
      message: this.transloco.translate(`${base}.message`),
      confirm: this.transloco.translate(`${base}.confirm`),
      cancel: this.transloco.translate('ui.cancel'),
      destructive: false,
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(
          AnalyticsPageActions.publicationConfirmed({ cycleId: cycle.id, published }),
        ),
      );
  }
}
