import type { User } from '@ppm/shared';

import * as users from '../../../../../testing/fixtures';
import type { Account } from '../people.api';

/** An account as `GET /users` lists it: the shared test users, with their status. */
export function anAccount(user: User, overrides: Partial<Account> = {}): Account {
  return {
    ...user,
    status: user.active ? 'active' : 'deactivated',
    invitedAt: null,
    invitationExpired: false,
    ...overrides,
  };
}

export const aUser = (overrides: Partial<Account> = {}): Account =>
  anAccount(users.aUser(overrides), overrides);
export const ADMIN = anAccount(users.ADMIN);
export const FOCAL_POINT = anAccount(users.FOCAL_POINT);
