import type { CycleStatus, ReportView } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';

export function reportNotStarted(stateCode: string): AppError {
  return new AppError(404, 'report_not_started', `${stateCode} has not started its report for this cycle.`);
}

/** 409 `report_locked`: the report cannot be changed in its status, or its cycle is not open. */
export function reportLocked(status: string, cycleStatus: CycleStatus): AppError {
  const why =
    status === 'approved'
      ? 'It was approved; only the Secretariat can reopen it.'
      : status === 'submitted'
        ? 'It was submitted and is being reviewed.'
        : `The reporting cycle is ${cycleStatus}, not open.`;
  return AppError.conflict('report_locked', `This report cannot be changed now. ${why}`, { status, cycleStatus });
}

/** 409 `stale_version` with the current report, so the client can compare and keep its text. */
export function staleReport(report: ReportView): AppError {
  return AppError.conflict(
    'stale_version',
    'Someone changed this report after you opened it. Compare with the current version and save again.',
    { currentVersion: report.version, report },
  );
}
