import { isStateRole, type User } from '@ppm/shared';
import { ChangeStamp } from '../../platform/database/change-stamp.js';
import { claim } from '../../platform/database/claims.js';
import { AppError } from '../../platform/http/app-error.js';
import { ReferenceCache } from '../reference/reference-cache.js';
import { CycleRevisionModel } from './cycle-revision.model.js';
import { CycleModel, type StoredCycle } from './cycle.model.js';

/**
 * `change_stamps/{ _id: "cycles" }`: moves after every write of a cycle, so each process keeps
 * the cycles it read in memory (ADR 13, 20): every report read and save needs its cycle, and the
 * stamp comes with the one read of the stamps the request makes anyway.
 */
const cyclesStamp = new ChangeStamp('cycles');
const cycles = new ReferenceCache(() => cyclesStamp.read());
/** Only the value is used: the cycle's API answer depends on who asks. */
const noAnswer = () => null;

/** Tells every server process that a cycle changed; called right AFTER each write. */
export function markCyclesChanged(): Promise<void> {
  return cyclesStamp.mark();
}

/** The cycle, or 404. An unknown id is not remembered (a failed load is not kept). */
export async function findCycle(id: string): Promise<StoredCycle> {
  const cached = await cycles.get(
    `cycle:${id}`,
    async () => {
      const cycle = await CycleModel.findById(id).lean<StoredCycle>();
      if (!cycle) throw AppError.notFound('There is no such reporting cycle.');
      return cycle;
    },
    noAnswer,
  );
  return cached.value;
}

/** Every cycle, newest period first. */
export async function allCycles(): Promise<readonly StoredCycle[]> {
  const cached = await cycles.get(
    'all',
    () => CycleModel.find().sort({ periodTo: -1, _id: -1 }).lean<StoredCycle[]>(),
    noAnswer,
  );
  return cached.value;
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
  await markCyclesChanged();
  return updated;
}
