import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@ppm/shared';

import { CalendarDayPipe } from '../calendar-day.pipe';
import { type CycleCard, ownReportLink } from '../data-access';
import { ReviewSummaryView } from '../review-summary/review-summary';
import { StatusChip } from '../status-chip/status-chip';

/**
 * One cycle in the list: its name (a link to its page), status, dates, and either how the
 * expected states stand (Secretariat, evaluators) or the person's own state's report.
 */
@Component({
  selector: 'app-cycle-card',
  imports: [
    MatButton,
    MatIcon,
    RouterLink,
    TranslocoPipe,
    CalendarDayPipe,
    ReviewSummaryView,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cycle-card.html',
  styleUrl: './cycle-card.scss',
})
export class CycleCardView {
  readonly card = input.required<CycleCard>();
  readonly locale = input.required<Locale>();
  /** The person belongs to a state: show their report rather than the counts. */
  readonly ownView = input(false);

  protected readonly ownLink = computed(() => ownReportLink(this.card()));
  protected readonly headingId = computed(() => `cycle-${this.card().id}`);
}
