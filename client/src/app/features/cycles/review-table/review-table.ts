import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSort, MatSortHeader, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale, Role } from '@ppm/shared';

import { CalendarDayPipe } from '../calendar-day.pipe';
import {
  DEFAULT_REVIEW_SORT,
  type ReviewRowView,
  type ReviewSort,
  isReviewSortColumn,
  reportLink,
} from '../data-access';
import { StatusChip } from '../status-chip/status-chip';

/**
 * The review list of a cycle: one row per expected state with its report's status,
 * completeness, dates, deadline and lateness. Sorting is the store's: headers emit the wish.
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

  protected readonly columns = [
    'state',
    'region',
    'status',
    'completeness',
    'updatedAt',
    'submittedAt',
    'deadline',
    'late',
  ];

  protected link(row: ReviewRowView): string[] {
    return reportLink(this.cycleId(), row.stateCode, this.role());
  }

  protected sorted(sort: Sort): void {
    if (isReviewSortColumn(sort.active) && sort.direction !== '') {
      this.sortChange.emit({ column: sort.active, direction: sort.direction });
    } else {
      this.sortChange.emit(DEFAULT_REVIEW_SORT);
    }
  }
}
