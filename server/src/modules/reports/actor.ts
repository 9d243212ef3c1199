import { ROLES, type ReportActor, type User } from '@ppm/shared';
import mongoose from 'mongoose';

/** Who did something, as stored with revisions, events and comments (a snapshot of the name). */
export const actorSchema = new mongoose.Schema(
  {
    id: { type: String, required: true },
    name: { type: String, required: true },
    role: { type: String, required: true, enum: ROLES },
  },
  { _id: false },
);

export function actorOf(user: Pick<User, 'id' | 'name' | 'role'>): ReportActor {
  return { id: user.id, name: user.name, role: user.role };
}

export function toActorView(actor: ReportActor): ReportActor {
  return { id: actor.id, name: actor.name, role: actor.role };
}
