import { REPORT_TRANSITIONS, type ReportStatus, type ReportTransition, type Role } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';

/** 403 unless the role may make this move (submit: focal points; the rest: the Secretariat). */
export function assertRoleMayMove(role: Role, transition: ReportTransition): void {
  const allowed: readonly Role[] = REPORT_TRANSITIONS[transition].roles;
  if (!allowed.includes(role)) {
    throw new AppError(403, 'forbidden', `Your role cannot ${transition} a report.`, { allowedRoles: [...allowed] });
  }
}

/** The status a move leads to, or 409 `transition_not_allowed` from the current status. */
export function nextStatus(status: ReportStatus, transition: ReportTransition): ReportStatus {
  const rule = REPORT_TRANSITIONS[transition];
  const from: readonly ReportStatus[] = rule.from;
  if (!from.includes(status)) {
    throw AppError.conflict('transition_not_allowed', `A ${status} report cannot be ${PAST[transition]}.`, {
      status,
      transition,
      allowedFrom: [...from],
    });
  }
  return rule.to;
}

const PAST: Record<ReportTransition, string> = {
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
  reopen: 'reopened',
};
