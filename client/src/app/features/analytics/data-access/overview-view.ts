import { SUBMISSION_STATUSES } from '@ppm/shared/rules';

import type { ApiError } from '../../../core/http';
import type { ChartModel } from '../../../shared/ui/charts/chart-model';
import type { Figure, LoadStatus } from './analytics.feature';
import type {
  ProgressAnswer,
  ProgressGroup,
  SubmissionStatus,
  SubmissionsAnswer,
  TrendAnswer,
} from './analytics.models';
import type { Names } from './names';
import { IMPLEMENTATION_ORDER, changeOf } from './scores';

export const SUBMISSION_ORDER: readonly SubmissionStatus[] = SUBMISSION_STATUSES;

/**
 * Where figures drawn together stand: failed when one failed, loaded when all are in, loading
 * otherwise (so a figure still on its way never shows as "no data").
 */
export function figuresStatus(...figures: readonly Pick<Figure<unknown>, 'status' | 'error'>[]): {
  status: LoadStatus;
  error: ApiError | null;
} {
  const failed = figures.find((figure) => figure.status === 'failed');
  if (failed) return { status: 'failed', error: failed.error };
  return {
    status: figures.every((figure) => figure.status === 'loaded') ? 'loaded' : 'loading',
    error: null,
  };
}

/** One KPI card's figures: `value` null when withheld (too few states to show). */
export interface Kpi {
  readonly value: number | null;
  readonly change: number | null;
}

export interface OverviewKpis {
  readonly responseRate: Kpi;
  readonly approved: Kpi;
  readonly late: Kpi;
  readonly score: Kpi;
  readonly expected: number;
  readonly responded: number;
}

/** Response rate, approved and late reports, and the score, each against the previous cycle. */
export function toOverviewKpis(
  submissions: SubmissionsAnswer | null,
  previousSubmissions: SubmissionsAnswer | null,
  byArea: ProgressAnswer | null,
  previousByArea: ProgressAnswer | null,
): OverviewKpis | null {
  if (!submissions) {
    return null;
  }
  const score = byArea?.overall.score ?? null;
  const previousScore = previousByArea ? previousByArea.overall.score : undefined;
  return {
    responseRate: {
      value: submissions.responseRate,
      change: changeOf(submissions.responseRate, previousSubmissions?.responseRate),
    },
    approved: {
      value: submissions.byStatus.approved,
      change: changeOf(submissions.byStatus.approved, previousSubmissions?.byStatus.approved),
    },
    late: {
      value: submissions.late,
      change: changeOf(submissions.late, previousSubmissions?.late),
    },
    score: { value: score, change: changeOf(score, previousScore) },
    expected: submissions.expected,
    responded: submissions.responded,
  };
}

/** Groups in the plan's order (areas) or by name, known names first. */
function ordered(groups: readonly ProgressGroup[], order: readonly string[]): ProgressGroup[] {
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at < 0 ? order.length : at;
  };
  return [...groups].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

/** The score (0..100) of each area. */
export function areaScoreChart(answer: ProgressAnswer | null, names: Names): ChartModel {
  const groups = ordered(answer?.groups ?? [], names.areaCodes);
  return {
    categories: groups.map((group) => ({ key: group.key, label: names.areaShort(group.key) })),
    series: [{ key: 'score', values: groups.map((group) => group.score) }],
  };
}

/**
 * Participating entries by status, stacked per area; "not participating" stands in a bar of
 * its own beside them, since it is a choice and no step of the scale.
 */
export function areaStatusChart(answer: ProgressAnswer | null, names: Names): ChartModel {
  const groups = ordered(answer?.groups ?? [], names.areaCodes);
  return {
    categories: groups.map((group) => ({ key: group.key, label: names.areaShort(group.key) })),
    series: [
      ...IMPLEMENTATION_ORDER.map((status) => ({
        key: status,
        stack: 'participating',
        values: groups.map((group) => group.byStatus?.[status] ?? null),
      })),
      {
        key: 'not_participating',
        stack: 'not_participating',
        values: groups.map((group) => group.notParticipating),
      },
    ],
  };
}

/** Participating entries by status per region, side by side. */
export function regionChart(answer: ProgressAnswer | null, names: Names): ChartModel {
  const groups = [...(answer?.groups ?? [])].sort((a, b) =>
    names.region(a.key).localeCompare(names.region(b.key)),
  );
  return {
    categories: groups.map((group) => ({ key: group.key, label: names.region(group.key) })),
    series: IMPLEMENTATION_ORDER.map((status) => ({
      key: status,
      values: groups.map((group) => group.byStatus?.[status] ?? null),
    })),
  };
}

/** Each area's score over the cycles, oldest first. */
export function trendChart(answer: TrendAnswer | null, names: Names): ChartModel {
  const cycles = answer?.cycles ?? [];
  const areaCodes = names.areaCodes.length
    ? names.areaCodes
    : [...new Set(cycles.flatMap((cycle) => cycle.groups.map((group) => group.key)))].sort();
  return {
    categories: cycles.map((cycle) => ({ key: cycle.cycleId, label: names.cycle(cycle.cycleId) })),
    series: areaCodes.map((areaCode) => ({
      key: `area-${areaCode}`,
      label: names.areaShort(areaCode),
      values: cycles.map(
        (cycle) => cycle.groups.find((group) => group.key === areaCode)?.score ?? null,
      ),
    })),
  };
}

/** Reports of the expected states by status. */
export function reportStatusChart(answer: SubmissionsAnswer | null): ChartModel {
  return {
    categories: SUBMISSION_ORDER.map((status) => ({ key: status })),
    series: answer
      ? [{ key: 'reports', values: SUBMISSION_ORDER.map((status) => answer.byStatus[status]) }]
      : [],
  };
}

/** Names of the groups withheld from the reader (fewer than 3 states), for a note. */
export function suppressedNames(
  answer: ProgressAnswer | null,
  nameOf: (code: string) => string,
): string[] {
  return (answer?.groups ?? [])
    .filter((group) => group.suppressed)
    .map((group) => nameOf(group.key));
}

/** True when no report counts yet on this basis: the page says what to do next. */
export function isEmptyCycle(
  submissions: SubmissionsAnswer | null,
  byArea: ProgressAnswer | null,
): boolean {
  return submissions !== null && byArea !== null && byArea.overall.reports === 0;
}
