import type { User } from '@ppm/shared';
import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { StoredCycle } from '../cycles/index.js';
import { upsertById } from '../../platform/database/insert-once.js';

/**
 * Whether the Secretariat published a closed cycle's approved reports to all states: kept per
 * cycle under the cycle's id (read by `_id`), audited. It counts only while the cycle is closed.
 */
const publicationSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    published: { type: Boolean, required: true },
    changedAt: { type: Date, required: true },
    changedBy: { type: String, required: true },
  },
  { versionKey: false },
);
const PublicationModel = mongoose.model('CyclePublication', publicationSchema, 'cycle_publications');

export interface Publication {
  cycleId: string;
  published: boolean;
  changedAt: string | null;
}

export async function publicationOf(cycle: StoredCycle): Promise<Publication> {
  const found = await PublicationModel.findById(String(cycle._id)).lean<{ published: boolean; changedAt: Date }>();
  return {
    cycleId: String(cycle._id),
    published: cycle.status === 'closed' && found?.published === true,
    changedAt: found?.changedAt.toISOString() ?? null,
  };
}

export async function setPublication(
  actor: User,
  cycle: StoredCycle,
  published: boolean,
  now: Date,
): Promise<Publication> {
  if (published && cycle.status !== 'closed') {
    throw AppError.conflict('cycle_not_closed', 'Only a closed cycle can be published to all states. Close it first.');
  }
  const before = await publicationOf(cycle);
  await upsertById(PublicationModel, String(cycle._id), { $set: { published, changedAt: now, changedBy: actor.id } });
  if (before.published !== published) {
    await recordAudit({
      actor,
      action: published ? 'cycle.published' : 'cycle.unpublished',
      entity: 'cycle',
      entityId: String(cycle._id),
      before: { published: before.published },
      after: { published },
    });
  }
  return { cycleId: String(cycle._id), published, changedAt: now.toISOString() };
}
