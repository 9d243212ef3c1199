import mongoose, { type InferSchemaType } from 'mongoose';

const localizedText = { en: { type: String, required: true }, ru: { type: String, required: true } };

const regionSchema = new mongoose.Schema(
  { code: { type: String, required: true }, name: localizedText },
  { timestamps: true, optimisticConcurrency: true },
);
regionSchema.index({ code: 1 }, { unique: true });

/** A state of the Prague Process; inactive states are kept (history) but leave new cycles. */
const stateSchema = new mongoose.Schema(
  {
    code: { type: String, required: true },
    name: localizedText,
    region: { type: String, required: true },
    active: { type: Boolean, required: true, default: true },
    note: { type: String, default: null },
  },
  { timestamps: true, optimisticConcurrency: true },
);
stateSchema.index({ code: 1 }, { unique: true });
stateSchema.index({ region: 1 });

export type RegionFields = InferSchemaType<typeof regionSchema>;
export type StateFields = InferSchemaType<typeof stateSchema>;
export const RegionModel = mongoose.model('Region', regionSchema);
export const StateModel = mongoose.model('State', stateSchema);
