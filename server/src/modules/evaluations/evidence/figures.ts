import { progressGroups, type GroupFigures, type ReportFacts } from '@ppm/shared/rules';

export { scoreChange, scoreOf } from '@ppm/shared/rules';

export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The reports with only the entries of the given actions (the evaluation's scope). */
export function onlyActions(reports: readonly ReportFacts[], actionCodes: ReadonlySet<string>): ReportFacts[] {
  return reports.map((report) => ({
    ...report,
    entries: report.entries.filter((entry) => actionCodes.has(entry.actionCode)),
  }));
}

/** The dashboard's figures per area or action (one definition: `@ppm/shared/rules`), by key. */
export function figuresBy(
  reports: readonly ReportFacts[],
  by: 'area' | 'action',
  keys: readonly string[],
): Map<string, GroupFigures> {
  const groups = progressGroups(reports, by, { regionOf: () => undefined, keys });
  return new Map(groups.map((group) => [group.key, group]));
}
