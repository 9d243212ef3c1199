import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Store } from '@ngrx/store';

import { AnalyticsNavigation, openOnQueryChange, sharedParams } from '../analytics-navigation';
import {
  AnalyticsPageActions,
  CELL_KINDS,
  CELL_LETTERS,
  type CellKind,
  selectAreaOptions,
  selectCoverage,
  selectCoverageMapping,
  selectCoverageView,
  selectQuery,
} from '../data-access';
import { FigureBlock } from '../figure-block/figure-block';

const ANY = '';

/**
 * `/progress/coverage`: states by actions, each cell coloured by the entry's status with a
 * letter (colour is never the only cue), a legend, the same as a table, and the "mapping
 * exercise" of covered and untouched actions. A cell opens the entry in the drill-down.
 */
@Component({
  selector: 'app-coverage-page',
  imports: [
    FigureBlock,
    MatButton,
    MatFormField,
    MatIcon,
    MatLabel,
    MatOption,
    MatSelect,
    RouterLink,
    TranslocoDirective,
  ],
  templateUrl: './coverage-page.html',
  styleUrl: './coverage-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CoveragePage {
  private readonly store = inject(Store);
  private readonly navigation = inject(AnalyticsNavigation);

  protected readonly coverage = this.store.selectSignal(selectCoverage);
  protected readonly view = this.store.selectSignal(selectCoverageView);
  protected readonly mapping = this.store.selectSignal(selectCoverageMapping);
  protected readonly areas = this.store.selectSignal(selectAreaOptions);
  protected readonly query = this.store.selectSignal(selectQuery);
  private readonly linkBase = computed(() => sharedParams(this.query()));
  protected readonly asTable = signal(false);
  protected readonly kinds = CELL_KINDS;
  protected readonly letters = CELL_LETTERS;
  protected readonly any = ANY;

  /** Per state, the actions in each status: the map's table equivalent. */
  protected readonly tableRows = computed(() =>
    this.view().rows.map((row) => ({
      stateName: row.stateName,
      byKind: CELL_KINDS.filter((kind) => kind !== 'none').map((kind) => ({
        kind,
        codes: row.cells.filter((cell) => cell.kind === kind).map((cell) => cell.actionCode),
      })),
    })),
  );

  constructor() {
    openOnQueryChange('coverage');
  }

  protected cellParams(stateCode: string, actionCode: string): Record<string, string> {
    return {
      ...this.linkBase(),
      areaCode: actionCode.slice(0, actionCode.indexOf('.')),
      actionCode,
      stateCode,
    };
  }

  protected filterArea(areaCode: string): void {
    this.navigation.change({ areaCode: areaCode || null });
  }

  protected toggleTable(): void {
    this.asTable.update((shown) => !shown);
  }

  protected retry(): void {
    this.store.dispatch(AnalyticsPageActions.retryClicked());
  }

  protected kindKey(kind: CellKind): string {
    return kind === 'none' ? 'coverage.none' : `series.${kind}`;
  }
}
