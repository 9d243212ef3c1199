import mongoose from 'mongoose';

/**
 * A claim on one revision of a cycle, `_id` "<cycle id>:<revision>". Every change of a cycle
 * first inserts the claim of the revision it makes: of two changes based on the same revision,
 * the unique `_id` lets exactly one in. FerretDB 1.24 does not run a conditional update
 * atomically between two writers (ADR 6), so the revision filter alone would let both in.
 */
const cycleRevisionSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    claimedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export const CycleRevisionModel = mongoose.model('CycleRevision', cycleRevisionSchema, 'cycle_revisions');
