import mongoose, { type InferSchemaType } from 'mongoose';

/** One change by an admin or the Secretariat: who, when, what, and the old and new value. */
const auditEntrySchema = new mongoose.Schema(
  {
    at: { type: Date, required: true, default: () => new Date() },
    actor: {
      id: { type: String, required: true },
      email: { type: String, required: true },
      name: { type: String, required: true },
    },
    /** Stable verb, e.g. "action.updated", "user.created", "action_plan.imported". */
    action: { type: String, required: true },
    /** What was changed: "action", "area", "state", "region", "user", "action_plan". */
    entity: { type: String, required: true },
    entityId: { type: String, required: true },
    before: { type: mongoose.Schema.Types.Mixed, default: null },
    after: { type: mongoose.Schema.Types.Mixed, default: null },
  },
  { versionKey: false },
);
auditEntrySchema.index({ at: -1 });
auditEntrySchema.index({ entity: 1, entityId: 1, at: -1 });

export type AuditEntryDocument = InferSchemaType<typeof auditEntrySchema>;
export const AuditEntry = mongoose.model('AuditEntry', auditEntrySchema, 'audit_log');
