import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect, type MatSelectChange } from '@angular/material/select';
import { MatSlideToggle, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatTableModule } from '@angular/material/table';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';

import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { PHONE_TABLE_QUERY, mediaMatches } from '../../../shared/ui/media-query';
import { ScrollRegion } from '../../../shared/ui/scroll-region/scroll-region';
import {
  NO_STATES_FILTER,
  type RegionView,
  type StateRow,
  type StatesFilter,
  StatesPageActions,
  selectAllStates,
  selectBusyCodes,
  selectIsFiltered,
  selectRegionViews,
  selectStateRows,
  selectStatesFilter,
  selectStatesStatus,
} from '../data-access';
import { RegionDialog, type RegionDialogData } from '../region-dialog/region-dialog';
import { RegionsPanel } from '../regions-panel/regions-panel';

const ANY = '';

const WIDE_COLUMNS = ['name', 'code', 'region', 'active'];
const COMPACT_COLUMNS = ['name', 'active'];

/**
 * `/states`: every state with its code, region and whether it takes part in new cycles, with
 * filters by region and text, and the regions. Everyone signed in may look; the Secretariat
 * moves states between regions, (de)activates them, and adds and renames regions.
 */
@Component({
  selector: 'app-states-page',
  imports: [
    MatButton,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPrefix,
    MatProgressSpinner,
    MatSelect,
    MatSlideToggle,
    MatTableModule,
    NgTemplateOutlet,
    TranslocoDirective,
    TranslocoPipe,
    Alert,
    RegionsPanel,
    ScrollRegion,
  ],
  templateUrl: './states-page.html',
  styleUrl: './states-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatesPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  protected readonly rows = this.store.selectSignal(selectStateRows);
  protected readonly regions = this.store.selectSignal(selectRegionViews);
  protected readonly status = this.store.selectSignal(selectStatesStatus);
  protected readonly filter = this.store.selectSignal(selectStatesFilter);
  protected readonly filtered = this.store.selectSignal(selectIsFiltered);
  protected readonly busyCodes = this.store.selectSignal(selectBusyCodes);
  protected readonly locale = this.store.selectSignal(selectLocale);
  private readonly all = this.store.selectSignal(selectAllStates);
  private readonly role = this.store.selectSignal(selectRole);

  protected readonly total = computed(() => this.all().length);
  protected readonly canEdit = computed(() => this.role() === 'secretariat');
  protected readonly otherLocale = computed(() => (this.locale() === 'en' ? 'ru' : 'en'));
  /** A phone: code and region fold in under the state's name. */
  protected readonly compact = mediaMatches(PHONE_TABLE_QUERY);
  protected readonly columns = computed(() => (this.compact() ? COMPACT_COLUMNS : WIDE_COLUMNS));
  protected readonly any = ANY;

  constructor() {
    this.store.dispatch(StatesPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(StatesPageActions.opened());
  }

  protected filterRegion(region: string): void {
    this.changeFilter({ region: region || null });
  }

  protected filterText(text: string): void {
    this.changeFilter({ text });
  }

  protected clearFilters(): void {
    this.store.dispatch(StatesPageActions.filterChanged({ filter: NO_STATES_FILTER }));
  }

  protected isBusy(row: StateRow): boolean {
    return this.busyCodes().includes(row.code);
  }

  /**
   * The toggle shows the saved value until the server confirms the change; deactivating asks
   * first, since an inactive state leaves new cycles.
   */
  protected toggleActive(row: StateRow, change: MatSlideToggleChange): void {
    change.source.checked = row.active;
    if (change.checked) {
      this.store.dispatch(
        StatesPageActions.activeChangeConfirmed({ code: row.code, active: true }),
      );
      return;
    }
    const params = { name: row.name };
    confirm(this.dialog, {
      title: this.transloco.translate('states.deactivate.title', params),
      message: this.transloco.translate('states.deactivate.message', params),
      confirm: this.transloco.translate('states.deactivate.confirm'),
      cancel: this.transloco.translate('ui.cancel'),
      destructive: true,
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(
          StatesPageActions.activeChangeConfirmed({ code: row.code, active: false }),
        ),
      );
  }

  /** Like the toggle, the select keeps the saved region until the server confirms. */
  protected changeRegion(row: StateRow, change: MatSelectChange<string>): void {
    change.source.value = row.region;
    if (change.value !== row.region) {
      this.store.dispatch(StatesPageActions.regionChosen({ code: row.code, region: change.value }));
    }
  }

  protected addRegion(): void {
    this.openRegionDialog({ region: null });
  }

  protected renameRegion(region: RegionView): void {
    this.openRegionDialog({ region });
  }

  private changeFilter(change: Partial<StatesFilter>): void {
    this.store.dispatch(
      StatesPageActions.filterChanged({ filter: { ...this.filter(), ...change } }),
    );
  }

  private openRegionDialog(data: RegionDialogData): void {
    this.dialog.open<RegionDialog, RegionDialogData, boolean>(RegionDialog, {
      data,
      // The page's injector carries the "states" translation scope into the dialog.
      injector: this.injector,
      width: '520px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: 'first-tabbable',
    });
  }
}
