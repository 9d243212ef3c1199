import type { ChartModel } from '../../../shared/ui/charts/chart-model';
import type { ProgressGroup, StateProfileAnswer } from './analytics.models';
import type { Names } from './names';

const scoreIn = (groups: readonly ProgressGroup[] | null | undefined, key: string): number | null =>
  groups?.find((group) => group.key === key)?.score ?? null;

/** The state's score in each area over the cycles, oldest first. */
export function profileTrendChart(answer: StateProfileAnswer | null, names: Names): ChartModel {
  const cycles = answer?.cycles ?? [];
  return {
    categories: cycles.map((cycle) => ({ key: cycle.cycleId, label: names.cycle(cycle.cycleId) })),
    series: names.areaCodes.map((areaCode) => ({
      key: `area-${areaCode}`,
      label: names.areaShort(areaCode),
      values: cycles.map((cycle) => scoreIn(cycle.byArea, areaCode)),
    })),
  };
}

/** One area: the state's score in the chosen cycle beside every state's (or withheld). */
export interface ProfileComparison {
  readonly areaCode: string;
  readonly areaName: string;
  readonly own: number | null;
  readonly all: number | null;
  /** The aggregate is withheld from this reader: fewer than 3 states. */
  readonly hidden: boolean;
}

export function toProfileComparison(
  profile: StateProfileAnswer | null,
  cycleId: string | null,
  names: Names,
): ProfileComparison[] {
  const cycle = profile?.cycles.find((one) => one.cycleId === cycleId) ?? profile?.cycles.at(-1);
  return names.areaCodes.map((areaCode) => {
    const aggregate = cycle?.allStatesByArea.find((group) => group.key === areaCode);
    return {
      areaCode,
      areaName: names.areaShort(areaCode),
      own: scoreIn(cycle?.byArea, areaCode),
      all: aggregate?.score ?? null,
      hidden: aggregate?.suppressed ?? false,
    };
  });
}

export function comparisonChart(rows: readonly ProfileComparison[]): ChartModel {
  return {
    categories: rows.map((row) => ({ key: row.areaCode, label: row.areaName })),
    series: [
      { key: 'own', values: rows.map((row) => row.own) },
      { key: 'all', values: rows.map((row) => row.all) },
    ],
  };
}
