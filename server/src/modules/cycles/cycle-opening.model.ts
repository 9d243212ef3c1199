import mongoose from 'mongoose';

/**
 * That a cycle was opened (planned → open, which happens once per cycle), claimed by whoever
 * tells the expected states: the Secretariat's PATCH or the hourly job. The `_id` is the cycle's,
 * so only one insert can succeed. This guard is needed because FerretDB 1.24 does not run a
 * conditional update atomically (ADR 6): two writers can both see `planned`.
 */
const cycleOpeningSchema = new mongoose.Schema(
  {
    _id: { type: mongoose.Schema.Types.ObjectId, required: true },
    openedAt: { type: Date, required: true },
    /** A user id, or "system" for the hourly job. */
    openedBy: { type: String, required: true },
  },
  { versionKey: false },
);

export const CycleOpeningModel = mongoose.model('CycleOpening', cycleOpeningSchema, 'cycle_openings');
