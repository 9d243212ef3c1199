import { CYCLE_STATUSES, type Cycle, type CycleStatus } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';

const localizedText = { en: { type: String, required: true }, ru: { type: String, required: true } };

/**
 * A reporting cycle. Dates are calendar days ("2026-03-31") kept as strings: they mean a day,
 * not an instant, and sort correctly as text. A deadline day ends at 23:59:59.999 UTC.
 */
const cycleSchema = new mongoose.Schema(
  {
    name: localizedText,
    periodFrom: { type: String, required: true },
    periodTo: { type: String, required: true },
    opensAt: { type: String, required: true },
    deadline: { type: String, required: true },
    expectedStates: { type: [String], required: true },
    status: { type: String, required: true, enum: CYCLE_STATUSES, default: 'planned' },
    deadlineExtensions: {
      type: [
        new mongoose.Schema(
          { stateCode: { type: String, required: true }, deadline: { type: String, required: true } },
          { _id: false },
        ),
      ],
      default: [],
    },
    /** Bumped by every change, so that two Secretariat edits cannot overwrite each other. */
    revision: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
cycleSchema.index({ periodTo: -1 });
cycleSchema.index({ status: 1 });

export const CycleModel = mongoose.model('Cycle', cycleSchema, 'cycles');

export interface StoredCycle {
  _id: Types.ObjectId;
  name: { en: string; ru: string };
  periodFrom: string;
  periodTo: string;
  opensAt: string;
  deadline: string;
  expectedStates: string[];
  status: CycleStatus;
  deadlineExtensions: { stateCode: string; deadline: string }[];
  revision: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toCycleView(cycle: StoredCycle): Cycle {
  return {
    id: String(cycle._id),
    name: { en: cycle.name.en, ru: cycle.name.ru },
    periodFrom: cycle.periodFrom,
    periodTo: cycle.periodTo,
    opensAt: cycle.opensAt,
    deadline: cycle.deadline,
    expectedStates: [...cycle.expectedStates],
    status: cycle.status,
    deadlineExtensions: cycle.deadlineExtensions.map((extension) => ({
      stateCode: extension.stateCode,
      deadline: extension.deadline,
    })),
  };
}
