import type { Locale, Role } from '@ppm/shared';
import type { Types } from 'mongoose';
import { authStamp } from '../auth/credential-cache.js';
import { ReferenceCache } from '../reference/reference-cache.js';
import { UserModel } from '../users/user.model.js';

/** Someone to tell: their account id, address and language. */
export interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

interface Person extends Recipient {
  role: Role;
  stateCode: string | null;
}

/**
 * Every active person, by name, kept in memory while the authentication stamp is unchanged: it
 * moves with every change to a person (ADR 20). Telling a team then needs no scan of `users`,
 * which FerretDB would make for any filter but `_id`: 50 submissions at once made 100 scans.
 */
const directory = new ReferenceCache(() => authStamp.read());

async function activePeople(): Promise<readonly Person[]> {
  return (await directory.get('people', loadActivePeople, (people) => people)).value;
}

async function loadActivePeople(): Promise<Person[]> {
  const users = await UserModel.find({ active: true }, { email: 1, name: 1, locale: 1, role: 1, stateCode: 1 })
    .sort({ name: 1 })
    .lean<
      { _id: Types.ObjectId; email: string; name: string; locale: Locale; role: Role; stateCode: string | null }[]
    >();
  return users.map(({ _id, email, name, locale, role, stateCode }) => ({
    id: String(_id),
    email,
    name,
    locale,
    role,
    stateCode,
  }));
}

const toRecipient = ({ id, email, name, locale }: Person): Recipient => ({ id, email, name, locale });

const STATE_TEAM_ROLES: readonly Role[] = ['focal_point', 'contributor'];
const inStateTeam = (person: Person) => STATE_TEAM_ROLES.includes(person.role);

/** The focal points and contributors of a state (who write its reports). */
export async function stateTeam(stateCode: string, exceptUserId?: string): Promise<Recipient[]> {
  return (await activePeople())
    .filter((person) => person.stateCode === stateCode && inStateTeam(person) && person.id !== exceptUserId)
    .map(toRecipient);
}

/** Everyone at the Secretariat (who reviews). */
export async function secretariatTeam(exceptUserId?: string): Promise<Recipient[]> {
  return (await activePeople())
    .filter((person) => person.role === 'secretariat' && person.id !== exceptUserId)
    .map(toRecipient);
}

/** The teams of many states at once, by state code. */
export async function stateTeams(stateCodes: readonly string[]): Promise<Map<string, Recipient[]>> {
  const wanted = new Set(stateCodes);
  const teams = new Map<string, Recipient[]>();
  for (const person of await activePeople()) {
    if (!person.stateCode || !wanted.has(person.stateCode) || !inStateTeam(person)) continue;
    teams.set(person.stateCode, [...(teams.get(person.stateCode) ?? []), toRecipient(person)]);
  }
  return teams;
}
