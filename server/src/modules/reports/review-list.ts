import { deadlineFor, isLate, type Completeness, type ReviewRow } from '@ppm/shared';
import type { StoredCycle } from '../cycles/cycle.model.js';
import type { CycleReportHeader } from './cycle-headers.js';

export type ReportSummary = Pick<
  CycleReportHeader,
  'stateCode' | 'status' | 'completeness' | 'updatedAt' | 'submittedAt' | 'firstSubmittedAt'
>;

/**
 * One expected state's row in the review list. Without a report the state has "not started" and
 * nothing of the plan is answered yet. Late: see `isLate` (first submission after the deadline,
 * or none and the deadline passed).
 */
export function reviewRow(
  cycle: Pick<StoredCycle, 'deadline' | 'deadlineExtensions'>,
  stateCode: string,
  region: string,
  report: ReportSummary | undefined,
  totalActions: number,
  now: Date,
): ReviewRow {
  const deadline = deadlineFor(cycle, stateCode);
  const completeness: Completeness = report
    ? { complete: report.completeness.complete, total: report.completeness.total, percent: report.completeness.percent }
    : { complete: 0, total: totalActions, percent: 0 };
  return {
    stateCode,
    region,
    status: report?.status ?? 'not_started',
    completeness,
    updatedAt: report?.updatedAt ?? null,
    submittedAt: report?.submittedAt ?? null,
    deadline,
    late: isLate(deadline, report?.firstSubmittedAt ?? null, now),
  };
}
