import { isStateRole, type User } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { CycleRevisionModel } from './cycle-revision.model.js';
import { CycleModel, type StoredCycle } from './cycle.model.js';

/** The cycle, or 404. */
export async function findCycle(id: string): Promise<StoredCycle> {
  const cycle = await CycleModel.findById(id).lean<StoredCycle>();
  if (!cycle) throw AppError.notFound('There is no such reporting cycle.');
  return cycle;
}

/** The cycle as one person may see it: a state's people see only cycles their state reports in. */
export async function findVisibleCycle(user: User, id: string): Promise<StoredCycle> {
  const cycle = await findCycle(id);
  if (isStateRole(user.role) && !cycle.expectedStates.includes(user.stateCode ?? '')) {
    throw AppError.notFound('There is no such reporting cycle.');
  }
  return cycle;
}

function cycleChanged(): AppError {
  return AppError.conflict('cycle_changed', 'The cycle was changed meanwhile. Reload it and try again.');
}

/**
 * One change based on the revision read: the next revision is claimed first, then the cycle
 * moves to it if it is still at the one read. A concurrent change makes this one 409
 * `cycle_changed`, never lost.
 */
export async function writeCycle(
  cycle: StoredCycle,
  changes: Record<string, unknown>,
  now: Date,
): Promise<StoredCycle> {
  const next = cycle.revision + 1;
  const claim = `${String(cycle._id)}:${next}`;
  try {
    await CycleRevisionModel.create({ _id: claim, at: now });
  } catch (error) {
    if ((error as { code?: unknown }).code === 11000) throw cycleChanged();
    throw error;
  }
  const updated = await CycleModel.findOneAndUpdate(
    { _id: cycle._id, revision: cycle.revision },
    { $set: { ...changes, updatedAt: now, revision: next } },
    { returnDocument: 'after' },
  ).lean<StoredCycle>();
  if (!updated) {
    await CycleRevisionModel.deleteOne({ _id: claim });
    throw cycleChanged();
  }
  return updated;
}
