import { HttpErrorResponse } from '@angular/common/http';
import type { MissingAnswer, ReportView } from '@ppm/shared';

import { type ApiError, NETWORK_ERROR } from '../../../core/http';
import type { SubmissionProblem, UploadProblem } from './report.actions';

/*
 * The report answers whose details `toApiError` does not keep (it keeps field errors only):
 * the current report of a 409 `stale_version`, and the missing answers of a 422.
 */

interface ErrorBody {
  error?: { code?: unknown; details?: unknown };
}

function errorBody(error: unknown): { code: unknown; details: unknown } | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const problem = (error.error as ErrorBody | null)?.error;
  return problem ? { code: problem.code, details: problem.details } : null;
}

function isReportView(value: unknown): value is ReportView {
  const report = value as Partial<ReportView> | null;
  return (
    typeof report?.version === 'number' &&
    typeof report.cycleId === 'string' &&
    typeof report.stateCode === 'string' &&
    Array.isArray(report.entries)
  );
}

/** The report as it is now, from a 409 `stale_version`; null for any other failure. */
export function staleReportOf(error: unknown): ReportView | null {
  const body = errorBody(error);
  if (!(error instanceof HttpErrorResponse) || error.status !== 409) {
    return null;
  }
  if (body?.code !== 'stale_version') {
    return null;
  }
  const report = (body.details as { report?: unknown } | null)?.report;
  return isReportView(report) ? report : null;
}

const MISSING: readonly MissingAnswer[] = ['participation', 'status', 'narrative'];

/** Per action, what a 422 `report_incomplete` says is missing; null for any other failure. */
export function submissionProblemsOf(error: unknown): SubmissionProblem[] | null {
  const body = errorBody(error);
  if (
    !(error instanceof HttpErrorResponse) ||
    error.status !== 422 ||
    body?.code !== 'report_incomplete' ||
    !Array.isArray(body.details)
  ) {
    return null;
  }
  return (body.details as unknown[]).flatMap((detail) => {
    const item = detail as { actionCode?: unknown; missing?: unknown } | null;
    if (typeof item?.actionCode !== 'string' || !Array.isArray(item.missing)) {
      return [];
    }
    const missing = (item.missing as unknown[]).filter((value): value is MissingAnswer =>
      MISSING.includes(value as MissingAnswer),
    );
    return [{ actionCode: item.actionCode, missing }];
  });
}

/** Why an upload failed, in the words the card uses. */
export function uploadProblemOf(error: ApiError): UploadProblem {
  if (error.status === 0 || error.code === NETWORK_ERROR) {
    return 'offline';
  }
  if (error.code === 'report_files_too_large') {
    return 'report_too_large';
  }
  if (error.status === 413) {
    return 'too_large';
  }
  if (error.status === 415) {
    return 'unsupported_type';
  }
  if (error.code === 'report_locked') {
    return 'locked';
  }
  if (error.status === 400 && error.details.some((detail) => detail.path === 'body')) {
    return 'empty';
  }
  return 'failed';
}

/** The error of a save that never left because the browser knows it is offline. */
export const OFFLINE_ERROR: ApiError = {
  status: 0,
  code: NETWORK_ERROR,
  message: 'The browser is offline.',
  details: [],
};
