import { isStateRole, type User } from '@ppm/shared';
import type { Basis } from '@ppm/shared/rules';
import { AppError } from '../../platform/http/app-error.js';

/**
 * What one person may see of a cycle's figures. The Secretariat and admins: everything, both
 * bases. Evaluators: approved data of every state. A state's people: approved data, their own
 * state in full and of others only aggregates of at least three states' reports, until the
 * Secretariat publishes the closed cycle to all states.
 */
export interface ViewerScope {
  /** True when the viewer sees other states only through aggregates. */
  restricted: boolean;
  /** The viewer's own state (state roles), else null. */
  ownState: string | null;
}

export function viewerScope(user: User, basis: Basis, published: boolean): ViewerScope {
  const seesWorkInProgress = user.role === 'secretariat' || user.role === 'admin';
  if (basis !== 'approved' && !seesWorkInProgress) {
    throw new AppError(
      403,
      'forbidden',
      'Your role gives access to figures from approved reports only (basis=approved).',
    );
  }
  if (!isStateRole(user.role)) return { restricted: false, ownState: null };
  return { restricted: !published, ownState: user.stateCode ?? null };
}

/** 403 when a restricted viewer names another state. */
export function assertMaySeeState(scope: ViewerScope, stateCode: string | undefined): void {
  if (scope.restricted && stateCode !== undefined && stateCode !== scope.ownState) {
    throw new AppError(
      403,
      'forbidden',
      'You can see the details of your own state only; other states appear in aggregates.',
    );
  }
}

/** Whether a row of this state may be shown to the viewer. */
export function maySeeRowOf(scope: ViewerScope, stateCode: string): boolean {
  return !scope.restricted || stateCode === scope.ownState;
}
