import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTable, MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, Role } from '@ppm/shared';

import { mediaMatches } from '../../../shared/ui/media-query';
import { CalendarDayPipe } from '../calendar-day.pipe';
import {
  DEFAULT_REVIEW_SORT,
  type ReviewRowView,
  type ReviewSort,
  isReviewSortColumn,
  reportLink,
} from '../data-access';
import { StatusChip } from '../status-chip/status-chip';

/** Below this width a row shows state, status and a "details" toggle for the rest. */
export const COMPACT_REVIEW_QUERY = '(max-width: 719.98px)';

const WIDE_COLUMNS = ['state', 'status', 'completeness', 'updatedAt', 'submittedAt', 'deadline'];
const COMPACT_COLUMNS = ['state', 'status', 'more'];

/**
 * The review list of a cycle: one row per expected state with its report's status,
 * completeness, dates, deadline and lateness. Sorting is the store's: headers emit the wish.
 * A state's name links only where the viewer may go (see `reportLink`).
 */
@Component({
  selector: 'app-review-table',
  imports: [
    MatIcon,
    MatIconButton,
    MatSort,
    MatSortHeader,
    MatTableModule,
    MatTooltip,
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
    CalendarDayPipe,
    StatusChip,
  ],
  templateUrl: './review-table.html',
  styleUrl: './review-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewTable {
  readonly rows = input.required<readonly ReviewRowView[]>();
  readonly cycleId = input.required<string>();
  readonly sort = input<ReviewSort>(DEFAULT_REVIEW_SORT);
  readonly locale = input.required<Locale>();
  /** Where rows lead depends on who looks (the Secretariat reviews). */
  readonly role = input<Role | null>(null);
  /** Offer "extend deadline" on each row (the Secretariat, while the cycle is not closed). */
  readonly canExtend = input(false);
  readonly sortChange = output<ReviewSort>();
  readonly extendClicked = output<ReviewRowView>();

  protected readonly compact = mediaMatches(COMPACT_REVIEW_QUERY);
  protected readonly columns = computed(() => (this.compact() ? COMPACT_COLUMNS : WIDE_COLUMNS));
  private readonly expanded = signal<ReadonlySet<string>>(new Set());
  private readonly table = viewChild(MatTable);

  constructor() {
    // A row's detail row is chosen when rows render: render again when one opens or closes.
    effect(() => {
      this.expanded();
      this.compact();
      this.table()?.renderRows();
    });
  }

  /** The detail row of a state, on a phone, once its toggle is open. */
  protected readonly showsDetail = (_index: number, row: ReviewRowView): boolean =>
    this.compact() && this.expanded().has(row.stateCode);

  protected isExpanded(row: ReviewRowView): boolean {
    return this.expanded().has(row.stateCode);
  }

  protected toggle(row: ReviewRowView): void {
    const next = new Set(this.expanded());
    if (!next.delete(row.stateCode)) {
      next.add(row.stateCode);
    }
    this.expanded.set(next);
  }

  protected link(row: ReviewRowView): string[] | null {
    return reportLink(this.cycleId(), row, this.role());
  }

  protected sorted(sort: Sort): void {
    if (isReviewSortColumn(sort.active) && sort.direction !== '') {
      this.sortChange.emit({ column: sort.active, direction: sort.direction });
    } else {
      this.sortChange.emit(DEFAULT_REVIEW_SORT);
    }
  }
}
