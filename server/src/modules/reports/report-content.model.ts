import type { ReportEntry } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';
import { entrySchema } from './entry.schema.js';

/**
 * The answers of a report at one version, never changed once written. `_id` is
 * "<report id>:<version>", so every read is by `_id` alone (fast on FerretDB too), and the
 * unique `_id` lets exactly one of two writers based on the same version store its answers.
 * Older snapshots are the report's history.
 */
const reportContentSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    reportId: { type: mongoose.Schema.Types.ObjectId, required: true },
    version: { type: Number, required: true },
    entries: { type: [entrySchema], default: [] },
    /** Set on a workflow move's claim: the answers did not change, they are those of that version. */
    sameAs: { type: Number, default: undefined },
    /** When it was stored: a snapshot no header ever moved to is cleared after a while (ADR 12). */
    claimedAt: { type: Date },
  },
  { versionKey: false },
);

export const ReportContentModel = mongoose.model('ReportContent', reportContentSchema, 'report_contents');

export interface StoredReportContent {
  _id: string;
  reportId: Types.ObjectId;
  version: number;
  entries: ReportEntry[];
  sameAs?: number;
  claimedAt: Date;
}

export function contentId(reportId: Types.ObjectId | string, version: number): string {
  return `${String(reportId)}:${version}`;
}
