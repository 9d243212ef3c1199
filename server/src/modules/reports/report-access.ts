import { isStateRole, type Role, type User } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { assertStateAccess } from '../../platform/auth/guards.js';

/**
 * Who may do what with a state's report. The Secretariat reaches every state; focal points and
 * contributors only their own; evaluators read approved reports only; admins run accounts, not
 * reports.
 */
const READERS: readonly Role[] = ['secretariat', 'evaluator', 'focal_point', 'contributor'];
const EDITORS: readonly Role[] = ['secretariat', 'focal_point', 'contributor'];

function forbidden(message: string): AppError {
  return new AppError(403, 'forbidden', message);
}

/** May read the report of `stateCode` at all (evaluators: see `assertMayReadStatus`). */
export function assertMayRead(user: User, stateCode: string): void {
  if (!READERS.includes(user.role)) throw forbidden('Your role does not give access to reports.');
  assertStateAccess(user, stateCode);
}

/** Evaluators read approved reports only. */
export function assertMayReadStatus(user: User, status: string): void {
  if (user.role === 'evaluator' && status !== 'approved') {
    throw forbidden('Evaluators can read a report once the Secretariat has approved it.');
  }
}

/** May change answers and evidence of the report of `stateCode`. */
export function assertMayEdit(user: User, stateCode: string): void {
  if (!EDITORS.includes(user.role)) throw forbidden('Your role does not allow changing reports.');
  assertStateAccess(user, stateCode);
}

/**
 * May see how a report came about (history, timeline, changes, comment threads): the state's own
 * people and the Secretariat; not evaluators, who see approved results only.
 */
export function assertMaySeeWorkings(user: User, stateCode: string): void {
  if (!EDITORS.includes(user.role)) throw forbidden('Only the state and the Secretariat see how a report came about.');
  assertStateAccess(user, stateCode);
}

/** The people of a state get their report created on first visit while the cycle is open. */
export function startsReportOnVisit(user: User): boolean {
  return isStateRole(user.role);
}
