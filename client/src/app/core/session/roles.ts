import type { Role } from '@ppm/shared';

/*
 * The account roles, mirrored from `@ppm/shared` as types only: its runtime values would
 * bring zod into the initial bundle. `roles.spec.ts` checks these lists against the shared
 * ones.
 */

/** Every role, most powerful first (the order of role pickers and filters). */
export const APP_ROLES = [
  'admin',
  'secretariat',
  'evaluator',
  'focal_point',
  'contributor',
] as const satisfies readonly Role[];

/** Roles that belong to exactly one state: their accounts need a state. */
export const APP_STATE_ROLES = ['focal_point', 'contributor'] as const satisfies readonly Role[];

type Unlisted = Exclude<Role, (typeof APP_ROLES)[number]>;
type MustBeTrue<T extends true> = T;
/** Fails to compile if `@ppm/shared` gains a role that `APP_ROLES` lacks. */
export type EveryRoleListed = MustBeTrue<[Unlisted] extends [never] ? true : false>;

export function isAppStateRole(role: Role): boolean {
  return (APP_STATE_ROLES as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (APP_ROLES as readonly string[]).includes(value);
}
