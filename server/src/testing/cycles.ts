import { CycleModel, markCyclesChanged } from '../modules/cycles/index.js';

/**
 * Closes a cycle straight in the database, skipping the API's rules (a closed cycle whose reports
 * are still drafts), and tells the cycle cache, as every real write does.
 */
export async function closeCycleInDatabase(cycleId: string): Promise<void> {
  await CycleModel.updateOne({ _id: cycleId }, { $set: { status: 'closed' } });
  await markCyclesChanged();
}
