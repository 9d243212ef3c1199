import mongoose from 'mongoose';

const localizedText = {
  en: { type: String, required: true },
  ru: { type: String, required: true },
};

/**
 * A previewed import, kept so that "apply" applies exactly what was shown. Expired previews are
 * deleted by the service (FerretDB 1.24 has no TTL indexes).
 */
const actionPlanImportSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    createdBy: {
      id: { type: String, required: true },
      email: { type: String, required: true },
      name: { type: String, required: true },
    },
    createdAt: { type: Date, required: true, default: () => new Date() },
    expiresAt: { type: Date, required: true },
    basedOnVersion: { type: Number, required: true },
    valid: { type: Boolean, required: true },
    /** The rows without errors, in file order: what apply writes when `valid`. */
    actions: [new mongoose.Schema({ code: { type: String, required: true }, title: localizedText }, { _id: false })],
    appliedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
actionPlanImportSchema.index({ expiresAt: 1 });

export const ActionPlanImportModel = mongoose.model('ActionPlanImport', actionPlanImportSchema, 'action_plan_imports');

export interface StoredImport {
  _id: string;
  planId: string;
  expiresAt: Date;
  basedOnVersion: number;
  valid: boolean;
  actions: { code: string; title: { en: string; ru: string } }[];
  appliedAt: Date | null;
}
