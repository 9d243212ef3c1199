import { z } from 'zod';

/**
 * admin: accounts and settings · secretariat: cycles, reviews, the action plan, sees all ·
 * evaluator: reads approved data, evaluations · focal_point: edits and submits its state's
 * reports · contributor: edits its state's drafts, cannot submit.
 */
export const ROLES = ['admin', 'secretariat', 'evaluator', 'focal_point', 'contributor'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` });

/** Roles that belong to exactly one state. */
export const STATE_ROLES = ['focal_point', 'contributor'] as const satisfies readonly Role[];

export function isStateRole(role: Role): role is (typeof STATE_ROLES)[number] {
  return (STATE_ROLES as readonly Role[]).includes(role);
}
