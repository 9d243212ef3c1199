import type { ImplementationStatus } from '@ppm/shared';

import type { ProgressGroup, StatusCounts } from './analytics.models';

/*
 * Small sums over the API's groups. The figures themselves (score of a group, suppression)
 * come from the server; these only add groups together for the overall KPI, with the same
 * definition as `@ppm/shared/rules`.
 */

export const IMPLEMENTATION_ORDER: readonly ImplementationStatus[] = [
  'not_started',
  'limited',
  'substantial',
  'completed',
];

const SCALE_SCORE: Readonly<Record<ImplementationStatus, number>> = {
  not_started: 0,
  limited: 1,
  substantial: 2,
  completed: 3,
};

/** The mean of the scale's scores over counted entries, as a percentage of 3, one decimal. */
export function scoreOf(byStatus: StatusCounts): number | null {
  const total = IMPLEMENTATION_ORDER.reduce((sum, status) => sum + byStatus[status], 0);
  if (total === 0) {
    return null;
  }
  const points = IMPLEMENTATION_ORDER.reduce(
    (sum, status) => sum + SCALE_SCORE[status] * byStatus[status],
    0,
  );
  return Math.round((points / (3 * total)) * 1000) / 10;
}

/** Status counts of several groups together; `null` when one of them is withheld. */
export function sumStatuses(groups: readonly ProgressGroup[]): StatusCounts | null {
  const sum: StatusCounts = { not_started: 0, limited: 0, substantial: 0, completed: 0 };
  for (const group of groups) {
    if (group.suppressed || group.byStatus === null) {
      return null;
    }
    for (const status of IMPLEMENTATION_ORDER) {
      sum[status] += group.byStatus[status];
    }
  }
  return sum;
}

/** The overall score of a cycle from its groups (areas partition the entries). */
export function overallScore(groups: readonly ProgressGroup[] | undefined): number | null {
  if (!groups || groups.length === 0) {
    return null;
  }
  const sum = sumStatuses(groups);
  return sum ? scoreOf(sum) : null;
}

/** `current − previous`, one decimal; `null` if either is missing. */
export function changeOf(
  current: number | null,
  previous: number | null | undefined,
): number | null {
  if (current === null || previous === null || previous === undefined) {
    return null;
  }
  return Math.round((current - previous) * 10) / 10;
}
