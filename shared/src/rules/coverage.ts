import type { ImplementationStatus } from '../reporting/codes.js';
import type { ReportFacts } from './facts.js';

/** One cell of the coverage map: the status, "not_participating", or null (no answer yet). */
export type CoverageCell = ImplementationStatus | 'not_participating' | null;

export interface CoverageRow {
  stateCode: string;
  cells: CoverageCell[];
}

/**
 * States x actions: each cell is the state's answer on the action; null where it has none yet (a
 * submitted report always has a status for the actions it takes part in).
 */
export function coverageRows(reports: readonly ReportFacts[], actionCodes: readonly string[]): CoverageRow[] {
  return reports.map((report) => {
    const byAction = new Map(report.entries.map((entry) => [entry.actionCode, entry]));
    return {
      stateCode: report.stateCode,
      cells: actionCodes.map((code): CoverageCell => {
        const entry = byAction.get(code);
        if (entry?.participation === 'not_participating') return 'not_participating';
        return entry?.participation === 'participating' ? entry.status : null;
      }),
    };
  });
}

/**
 * Actions where nothing happens: no state takes part with any progress beyond "not started"
 * (the 2014 mapping exercise's "untouched" topics), in the given order.
 */
export function untouchedActions(reports: readonly ReportFacts[], actionCodes: readonly string[]): string[] {
  const touched = new Set<string>();
  for (const report of reports) {
    for (const entry of report.entries) {
      if (entry.participation === 'participating' && entry.status !== null && entry.status !== 'not_started') {
        touched.add(entry.actionCode);
      }
    }
  }
  return actionCodes.filter((code) => !touched.has(code));
}
