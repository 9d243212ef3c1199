import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { TranslocoDirective } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { ImplementationStatus } from '@ppm/shared';

import { API_BASE } from '../../../core/http';
import { AnalyticsNavigation, openOnQueryChange } from '../analytics-navigation';
import {
  AnalyticsPageActions,
  ENTRIES_PAGE_SIZE,
  IMPLEMENTATION_ORDER,
  selectActionFigures,
  selectAreaOptions,
  selectCycleId,
  selectEntries,
  selectEntryViews,
  selectNames,
  selectProgressByAction,
  selectQuery,
} from '../data-access';
import { FigureBlock } from '../figure-block/figure-block';

const ANY = '';

/**
 * `/progress/drill-down`: an area's actions with their figures; then one action with every
 * state's entry (status, texts, support, evidence), and a search through the texts.
 */
@Component({
  selector: 'app-drill-down-page',
  imports: [
    FigureBlock,
    MatButton,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatOption,
    MatPrefix,
    MatSelect,
    TranslocoDirective,
  ],
  templateUrl: './drill-down-page.html',
  styleUrl: './drill-down-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DrillDownPage {
  private readonly store = inject(Store);
  private readonly navigation = inject(AnalyticsNavigation);

  protected readonly query = this.store.selectSignal(selectQuery);
  protected readonly cycleId = this.store.selectSignal(selectCycleId);
  protected readonly areas = this.store.selectSignal(selectAreaOptions);
  protected readonly byAction = this.store.selectSignal(selectProgressByAction);
  protected readonly actions = this.store.selectSignal(selectActionFigures);
  protected readonly entries = this.store.selectSignal(selectEntries);
  protected readonly entryViews = this.store.selectSignal(selectEntryViews);
  private readonly names = this.store.selectSignal(selectNames);
  protected readonly statuses = IMPLEMENTATION_ORDER;
  protected readonly any = ANY;

  protected readonly showsEntries = computed(
    () => this.query().actionCode !== null || this.query().q !== '',
  );
  protected readonly actionTitle = computed(() => {
    const code = this.query().actionCode;
    return code ? `${code} ${this.names().action(code)}` : null;
  });
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.entries().data?.total ?? 0) / ENTRIES_PAGE_SIZE)),
  );

  constructor() {
    openOnQueryChange('drill-down');
  }

  protected chooseArea(areaCode: string): void {
    this.navigation.change({ areaCode: areaCode || null, actionCode: null, stateCode: null });
  }

  protected chooseAction(actionCode: string | null): void {
    this.navigation.change({ actionCode, stateCode: null, status: null });
  }

  protected backToActions(): void {
    this.navigation.change({ actionCode: null, stateCode: null, status: null, q: '' });
  }

  protected filterStatus(status: ImplementationStatus | typeof ANY): void {
    this.navigation.change({ status: status || null });
  }

  protected search(text: string): void {
    this.navigation.change({ q: text.trim() });
  }

  protected showAllStates(): void {
    this.navigation.change({ stateCode: null });
  }

  protected goToPage(page: number): void {
    this.navigation.change({ page });
  }

  protected fileUrl(stateCode: string, actionCode: string, fileId: string): string {
    const cycleId = encodeURIComponent(this.cycleId() ?? '');
    return `${API_BASE}/cycles/${cycleId}/reports/${stateCode}/entries/${actionCode}/files/${fileId}`;
  }

  protected retry(): void {
    this.store.dispatch(AnalyticsPageActions.retryClicked());
  }
}
