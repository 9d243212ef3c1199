import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

import { REVIEW_STATUSES, type ReviewStatus, type ReviewSummary } from '../data-access';

/** A part of the summary a person can pick: one status, or the late states. */
export type SummaryPick = ReviewStatus | 'late';

/**
 * How many expected states stand where: a bar in the statuses' colours and one count per
 * status (and the late ones). With `selectable`, each count is a button that filters the list.
 */
@Component({
  selector: 'app-review-summary',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-summary.html',
  styleUrl: './review-summary.scss',
})
export class ReviewSummaryView {
  readonly summary = input.required<ReviewSummary>();
  /** Counts become buttons that pick a status (or the late states). */
  readonly selectable = input(false);
  /** The part picked now, shown pressed. */
  readonly picked = input<SummaryPick | null>(null);
  /** Leaves out statuses nobody is in (compact, for the list of cycles). */
  readonly compact = input(false);
  readonly pick = output<SummaryPick>();

  protected readonly parts = computed(() => {
    const { counts, expected } = this.summary();
    return REVIEW_STATUSES.map((status) => ({
      status,
      count: counts[status],
      share: expected === 0 ? 0 : (counts[status] * 100) / expected,
    })).filter((part) => !this.compact() || part.count > 0);
  });
}
