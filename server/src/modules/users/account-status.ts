import type { User } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';
import { OneTimeLink } from './one-time-link.model.js';
import { toUserView, type UserFields } from './user.model.js';

/** Where an account stands, as the People page shows it. */
export type AccountStatus = 'invited' | 'active' | 'deactivated';

/** An account as admins see it: who never set a password, and since when they were invited. */
export interface AccountView extends User {
  status: AccountStatus;
  /** When the latest invitation was sent (invited accounts only). */
  invitedAt: string | null;
  /** The latest invitation can no longer be used (expired, or none): "resend" is needed. */
  invitationExpired: boolean;
}

type StoredUser = UserFields & { _id: Types.ObjectId };

function statusOf(user: Pick<UserFields, 'active' | 'passwordHash'>): AccountStatus {
  if (!user.active) return 'deactivated';
  return user.passwordHash ? 'active' : 'invited';
}

/** The accounts with their status; one query for the invitations of those still invited. */
export async function toAccountViews(users: readonly StoredUser[], now = new Date()): Promise<AccountView[]> {
  const invited = users.filter((user) => statusOf(user) === 'invited').map((user) => user._id);
  const links =
    invited.length === 0
      ? []
      : await OneTimeLink.find(
          { purpose: 'invitation', userId: mongoose.trusted({ $in: invited }) },
          { userId: 1, createdAt: 1, expiresAt: 1, usedAt: 1 },
        ).lean<{ userId: Types.ObjectId; createdAt: Date; expiresAt: Date; usedAt: Date | null }[]>();
  const latest = new Map<string, (typeof links)[number]>();
  for (const link of links) {
    const key = String(link.userId);
    const known = latest.get(key);
    if (!known || known.createdAt < link.createdAt) latest.set(key, link);
  }
  return users.map((user) => {
    const status = statusOf(user);
    const link = status === 'invited' ? latest.get(String(user._id)) : undefined;
    return {
      ...toUserView(user),
      status,
      invitedAt: link ? link.createdAt.toISOString() : null,
      invitationExpired: status === 'invited' && (link?.usedAt !== null || link.expiresAt.getTime() <= now.getTime()),
    };
  });
}
