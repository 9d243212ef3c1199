import { isStateRole, type User } from '@ppm/shared';
import { claim } from '../../platform/database/claims.js';
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
  const claimId = `${String(cycle._id)}:${next}`;
  const claimed = await claim(CycleRevisionModel, { _id: claimId, claimedAt: now }, async () => {
    const current = await CycleModel.findById(cycle._id, { revision: 1 }).lean<{ revision: number }>();
    return current !== null && current.revision < next;
  });
  if (!claimed) throw cycleChanged();
  const updated = await CycleModel.findOneAndUpdate(
    { _id: cycle._id, revision: cycle.revision },
    { $set: { ...changes, updatedAt: now, revision: next } },
    { returnDocument: 'after' },
  ).lean<StoredCycle>();
  if (!updated) {
    await CycleRevisionModel.deleteOne({ _id: claimId });
    throw cycleChanged();
  }
  return updated;
}
