import { IMPLEMENTATION_STATUSES, SUPPORT_CATEGORIES, type SupportCategory, type StatusCounts } from '@ppm/shared';
import type { EntryFacts } from './approved-data.js';

/** Score of each implementation status on the scale (0..3). */
const STATUS_SCORE = { not_started: 0, limited: 1, substantial: 2, completed: 3 } as const;
const TOP_SCORE = 3;

export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

export function emptySupportCounts(): Record<SupportCategory, number> {
  return Object.fromEntries(SUPPORT_CATEGORIES.map((category) => [category, 0])) as Record<SupportCategory, number>;
}

/**
 * The dashboard's score: the mean status score of participating entries that have a status, as a
 * percentage of the top score, one decimal; null when there is none.
 */
export function scoreOf(byStatus: StatusCounts): number | null {
  let count = 0;
  let sum = 0;
  for (const status of IMPLEMENTATION_STATUSES) {
    count += byStatus[status];
    sum += byStatus[status] * STATUS_SCORE[status];
  }
  return count === 0 ? null : roundToTenth((sum / count / TOP_SCORE) * 100);
}

export function scoreChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : roundToTenth(current - previous);
}

export interface EntryCounts {
  participating: number;
  notParticipating: number;
  unanswered: number;
  byStatus: StatusCounts;
}

/** Counts entries: not participating never counts as not started; statuses only of participating entries. */
export function countEntries(entries: Iterable<EntryFacts>): EntryCounts {
  const counts: EntryCounts = { participating: 0, notParticipating: 0, unanswered: 0, byStatus: emptyStatusCounts() };
  for (const entry of entries) {
    if (entry.participation === 'participating') {
      counts.participating += 1;
      if (entry.status) counts.byStatus[entry.status] += 1;
    } else if (entry.participation === 'not_participating') {
      counts.notParticipating += 1;
    } else {
      counts.unanswered += 1;
    }
  }
  return counts;
}
