import { isStateRole, type User } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
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
