import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox, type MatCheckboxChange } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { CycleStatus } from '@ppm/shared';
import { isOverdue } from '@ppm/shared/rules';
import { filter } from 'rxjs';

import { selectLocale } from '../../../core/i18n';
import { selectRole } from '../../../core/session';
import { Alert } from '../../../shared/ui/alert/alert';
import { confirm } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { CalendarDayPipe } from '../calendar-day.pipe';
import {
  CycleDetailPageActions,
  NO_REVIEW_FILTER,
  REVIEW_STATUSES,
  readsReports,
  type ReviewFilter,
  type ReviewRowView,
  type ReviewSort,
  type ReviewStatus,
  selectAllReviewRows,
  selectCurrentCycleError,
  selectCurrentCycleStatus,
  selectCurrentCycleView,
  selectCurrentReviewStatus,
  selectIsReviewFiltered,
  selectOverdueReminders,
  selectReviewFilter,
  selectReviewRegions,
  selectReviewRows,
  selectReviewSort,
  selectReviewSummary,
  selectStatusChange,
} from '../data-access';
import { DeadlineDialog, type DeadlineDialogData } from '../deadline-dialog/deadline-dialog';
import { ReviewSummaryView, type SummaryPick } from '../review-summary/review-summary';
import { ReviewTable } from '../review-table/review-table';
import { StatusChip } from '../status-chip/status-chip';

const ANY = '';

/** The status moves the Secretariat may make, by the cycle's status now. */
const NEXT_STATUS: Readonly<Record<CycleStatus, { to: CycleStatus; key: string }>> = {
  planned: { to: 'open', key: 'open' },
  open: { to: 'closed', key: 'close' },
  closed: { to: 'open', key: 'reopen' },
};

/**
 * `/cycles/:cycleId`: one reporting cycle with its dates and status, and the review list of its
 * reports with filters, sorting and counts. The Secretariat opens, closes and reopens the cycle
 * and extends deadlines; each row leads to the report (the Secretariat's review page).
 */
@Component({
  selector: 'app-cycle-detail-page',
  imports: [
    MatButton,
    MatCheckbox,
    MatFormField,
    MatIcon,
    MatInput,
    MatLabel,
    MatOption,
    MatPrefix,
    MatProgressSpinner,
    MatSelect,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
    Alert,
    CalendarDayPipe,
    ReviewSummaryView,
    ReviewTable,
    StatusChip,
  ],
  templateUrl: './cycle-detail-page.html',
  styleUrl: './cycle-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CycleDetailPage {
  /** From the route (`:cycleId`). */
  readonly cycleId = input.required<string>();

  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  protected readonly cycle = this.store.selectSignal(selectCurrentCycleView);
  protected readonly status = this.store.selectSignal(selectCurrentCycleStatus);
  protected readonly error = this.store.selectSignal(selectCurrentCycleError);
  protected readonly reviewStatus = this.store.selectSignal(selectCurrentReviewStatus);
  protected readonly rows = this.store.selectSignal(selectReviewRows);
  private readonly allRows = this.store.selectSignal(selectAllReviewRows);
  protected readonly summary = this.store.selectSignal(selectReviewSummary);
  protected readonly regions = this.store.selectSignal(selectReviewRegions);
  protected readonly filter = this.store.selectSignal(selectReviewFilter);
  protected readonly filtered = this.store.selectSignal(selectIsReviewFiltered);
  protected readonly sort = this.store.selectSignal(selectReviewSort);
  protected readonly statusChange = this.store.selectSignal(selectStatusChange);
  protected readonly locale = this.store.selectSignal(selectLocale);
  protected readonly role = this.store.selectSignal(selectRole);

  protected readonly canManage = computed(() => this.role() === 'secretariat');
  protected readonly readsReports = computed(() => readsReports(this.role()));
  protected readonly canExtend = computed(
    () => this.canManage() && this.cycle()?.status !== 'closed',
  );
  protected readonly nextStatus = computed(() => {
    const cycle = this.cycle();
    return cycle ? NEXT_STATUS[cycle.status] : null;
  });
  protected readonly picked = computed<SummaryPick | null>(() => {
    const current = this.filter();
    return current.lateOnly ? 'late' : current.status;
  });
  protected readonly overdueReminders = this.store.selectSignal(selectOverdueReminders);
  /** Whom "remind overdue states" reaches: still to come in after the state's own deadline. */
  protected readonly overdue = computed(() => {
    const now = new Date();
    return this.allRows().filter((row) => isOverdue(row.status, row.deadline, now));
  });
  protected readonly canRemindOverdue = computed(
    () => this.canManage() && this.cycle()?.status === 'open' && this.overdue().length > 0,
  );
  /** What the last "remind overdue states" did, with state names. */
  protected readonly overdueOutcome = computed(() => {
    const result = this.overdueReminders().result;
    if (!result) {
      return null;
    }
    const names = (codes: readonly string[]) =>
      this.namesInOrder(codes.map((code) => this.stateName(code)));
    const skipped = (reason: string) =>
      names(result.skipped.filter((skip) => skip.reason === reason).map((skip) => skip.stateCode));
    return {
      reminded: result.reminded.length,
      remindedNames: names(result.reminded),
      recent: skipped('recently_reminded'),
      noOne: skipped('no_recipients'),
    };
  });
  protected readonly statuses = REVIEW_STATUSES;
  protected readonly any = ANY;

  constructor() {
    effect(() => {
      const cycleId = this.cycleId();
      untracked(() => this.store.dispatch(CycleDetailPageActions.opened({ cycleId })));
    });
  }

  protected retry(): void {
    this.store.dispatch(CycleDetailPageActions.opened({ cycleId: this.cycleId() }));
  }

  protected filterRegion(region: string): void {
    this.changeFilter({ region: region || null });
  }

  protected filterStatus(status: ReviewStatus | typeof ANY): void {
    this.changeFilter({ status: status || null });
  }

  protected filterLate(change: MatCheckboxChange): void {
    this.changeFilter({ lateOnly: change.checked });
  }

  protected filterText(text: string): void {
    this.changeFilter({ text });
  }

  /** A count in the summary filters by its status (or the late states); again, it lets go. */
  protected pickFromSummary(pick: SummaryPick): void {
    if (pick === 'late') {
      this.changeFilter({ lateOnly: !this.filter().lateOnly });
    } else {
      this.changeFilter({ status: this.filter().status === pick ? null : pick });
    }
  }

  protected clearFilters(): void {
    this.store.dispatch(CycleDetailPageActions.filterChanged({ filter: NO_REVIEW_FILTER }));
  }

  protected sortChanged(sort: ReviewSort): void {
    this.store.dispatch(CycleDetailPageActions.sortChanged({ sort }));
  }

  /** Opening, closing and reopening ask first; closing warns that reports freeze. */
  protected changeStatus(): void {
    const cycle = this.cycle();
    const next = this.nextStatus();
    if (!cycle || !next) {
      return;
    }
    const params = { name: cycle.name, count: cycle.expected };
    const base = `cycles.statusChange.${next.key}`;
    confirm(this.dialog, {
      title: this.transloco.translate(`${base}.title`, params),
      message: this.transloco.translate(`${base}.message`, params),
      confirm: this.transloco.translate(`${base}.confirm`),
      cancel: this.transloco.translate('ui.cancel'),
      destructive: next.to === 'closed',
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(
          CycleDetailPageActions.statusChangeConfirmed({ cycleId: cycle.id, status: next.to }),
        ),
      );
  }

  /** Asks first, naming how many states and who gets the reminder. */
  protected remindOverdue(): void {
    const cycle = this.cycle();
    const count = this.overdue().length;
    if (!cycle || count === 0) {
      return;
    }
    confirm(this.dialog, {
      title: this.transloco.translate('cycles.overdue.confirmTitle', { count }),
      message: this.transloco.translate('cycles.overdue.confirmMessage', {
        count,
        states: this.namesInOrder(this.overdue().map((row) => row.stateName)),
      }),
      confirm: this.transloco.translate('cycles.overdue.confirm'),
      cancel: this.transloco.translate('ui.cancel'),
    })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.store.dispatch(CycleDetailPageActions.remindOverdueConfirmed({ cycleId: cycle.id })),
      );
  }

  /** "Latvia, Lithuania": names in the reader's alphabetical order. */
  private namesInOrder(names: readonly string[]): string {
    const collator = new Intl.Collator(this.locale(), { sensitivity: 'base' });
    return [...names].sort((a, b) => collator.compare(a, b)).join(', ');
  }

  private stateName(code: string): string {
    return this.allRows().find((row) => row.stateCode === code)?.stateName ?? code;
  }

  protected extendDeadline(row: ReviewRowView | null = null): void {
    const cycle = this.cycle();
    if (!cycle) {
      return;
    }
    const collator = new Intl.Collator(this.locale(), { sensitivity: 'base' });
    this.dialog.open<DeadlineDialog, DeadlineDialogData, boolean>(DeadlineDialog, {
      data: {
        cycleId: cycle.id,
        cycleDeadline: cycle.deadline,
        states: [...this.allRows()].sort((a, b) => collator.compare(a.stateName, b.stateName)),
        stateCode: row?.stateCode ?? null,
      },
      // The page's injector carries the "cycles" translation scope and date fields into the dialog.
      injector: this.injector,
      width: '480px',
      maxWidth: 'calc(100vw - 32px)',
      autoFocus: row ? 'input' : 'first-tabbable',
    });
  }

  private changeFilter(change: Partial<ReviewFilter>): void {
    this.store.dispatch(
      CycleDetailPageActions.filterChanged({ filter: { ...this.filter(), ...change } }),
    );
  }
}
