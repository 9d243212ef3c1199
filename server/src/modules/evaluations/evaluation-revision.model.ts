import mongoose from 'mongoose';

/** Claims of the next version of an evaluation, `_id` "<evaluation id>:<version>" (ADR 12). */
const evaluationRevisionSchema = new mongoose.Schema(
  { _id: { type: String, required: true }, claimedAt: { type: Date, required: true } },
  { versionKey: false },
);

export const EvaluationRevisionModel = mongoose.model(
  'EvaluationRevision',
  evaluationRevisionSchema,
  'evaluation_revisions',
);
