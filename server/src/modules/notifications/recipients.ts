import type { Locale, Role } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';
import { UserModel } from '../users/user.model.js';

/** Someone to tell: their account id, address and language. */
export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

async function activeUsers(filter: Record<string, unknown>, exceptUserId?: string): Promise<Recipient[]> {
  const users = await UserModel.find({ ...filter, active: true }, { email: 1, name: 1, locale: 1 })
    .sort({ name: 1 })
    .lean<{ _id: Types.ObjectId; email: string; name: string; locale: Locale }[]>();
  return users
    .filter((user) => String(user._id) !== exceptUserId)
    .map((user) => ({ id: String(user._id), email: user.email, name: user.name, locale: user.locale }));
}

const STATE_TEAM_ROLES: Role[] = ['focal_point', 'contributor'];

/** The focal points and contributors of a state (who write its reports). */
export function stateTeam(stateCode: string, exceptUserId?: string): Promise<Recipient[]> {
  return activeUsers({ stateCode, role: mongoose.trusted({ $in: STATE_TEAM_ROLES }) }, exceptUserId);
}

/** Everyone at the Secretariat (who reviews). */
export function secretariatTeam(exceptUserId?: string): Promise<Recipient[]> {
  return activeUsers({ role: 'secretariat' }, exceptUserId);
}

/** The teams of many states at once, by state code (one query). */
export async function stateTeams(stateCodes: readonly string[]): Promise<Map<string, Recipient[]>> {
  const users = await UserModel.find(
    {
      stateCode: mongoose.trusted({ $in: [...stateCodes] }),
      role: mongoose.trusted({ $in: STATE_TEAM_ROLES }),
      active: true,
    },
    { email: 1, name: 1, locale: 1, stateCode: 1 },
  )
    .sort({ name: 1 })
    .lean<{ _id: Types.ObjectId; email: string; name: string; locale: Locale; stateCode: string }[]>();
  const teams = new Map<string, Recipient[]>();
  for (const user of users) {
    const team = teams.get(user.stateCode) ?? [];
    team.push({ id: String(user._id), email: user.email, name: user.name, locale: user.locale });
    teams.set(user.stateCode, team);
  }
  return teams;
}
