import { randomUUID } from 'node:crypto';
import mongoose, { type Types } from 'mongoose';
import { upsertById } from '../../platform/database/insert-once.js';

/**
 * A token per cycle that changes after every change to one of its reports, read by `_id` (cheap on
 * FerretDB too), so readers can keep a cycle's report headers in memory and trust them while the
 * token is unchanged. A fresh random token, not a counter: FerretDB does not make two concurrent
 * increments atomic, but any write leaves a token no reader has seen before it.
 */
const cycleStampSchema = new mongoose.Schema(
  { _id: { type: String, required: true }, stamp: { type: String, required: true } },
  { versionKey: false },
);
const CycleStampModel = mongoose.model('ReportCycleStamp', cycleStampSchema, 'report_cycle_stamps');

/** Called after a report header of the cycle was written. */
export async function markCycleChanged(cycleId: Types.ObjectId | string): Promise<void> {
  // Two states saving the first reports of a cycle at once both make the document: one wins.
  await upsertById(CycleStampModel, String(cycleId), { $set: { stamp: randomUUID() } });
}

/** The cycle's current token ("" before any report was written). */
export async function cycleStamp(cycleId: Types.ObjectId | string): Promise<string> {
  const found = await CycleStampModel.findById(String(cycleId)).lean<{ stamp: string }>();
  return found?.stamp ?? '';
}
