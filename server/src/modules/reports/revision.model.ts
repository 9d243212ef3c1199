import { ENTRY_FIELDS, REVISION_KINDS, type ReportActor, type RevisionKind } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';
import { actorSchema } from './actor.js';

/**
 * One change of a report's answers (creation, a save, a file added or removed): who, when, and
 * which fields of which entries. The answers as they then were are the content snapshot of the
 * same version; this log stays small so that a history is quick to list.
 */
const revisionSchema = new mongoose.Schema(
  {
    reportId: { type: mongoose.Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true },
    at: { type: Date, required: true },
    by: { type: actorSchema, required: true },
    kind: { type: String, required: true, enum: REVISION_KINDS },
    changes: {
      type: [
        new mongoose.Schema(
          {
            actionCode: { type: String, required: true },
            fields: [{ type: String, enum: [...ENTRY_FIELDS, 'carriedOver'] }],
          },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { versionKey: false },
);
revisionSchema.index({ reportId: 1, version: 1 }, { unique: true });

export const RevisionModel = mongoose.model('ReportRevision', revisionSchema, 'report_revisions');

export interface StoredRevision {
  _id: Types.ObjectId;
  reportId: Types.ObjectId;
  version: number;
  at: Date;
  by: ReportActor;
  kind: RevisionKind;
  changes: { actionCode: string; fields: string[] }[];
}
