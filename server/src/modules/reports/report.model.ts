import { REPORT_STATUSES, type Completeness, type ReportEntry, type ReportStatus } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';

/**
 * One state's report for one cycle: the small "header" that every conditional write goes
 * through. The answers themselves live in immutable snapshots (`report_contents`, one per
 * version, read by `_id` only), so the header stays small: on FerretDB any filter but a bare
 * `_id` scans and decodes every document, and 53 nested entries make that slow.
 *
 * `version` goes up with every change (saves, files, transitions); every write is conditioned on
 * the version or status it was based on, so two writers never overwrite each other silently.
 * `contentVersion` names the snapshot with the current answers.
 */
const reportSchema = new mongoose.Schema(
  {
    cycleId: { type: mongoose.Schema.Types.ObjectId, required: true },
    stateCode: { type: String, required: true },
    status: { type: String, required: true, enum: REPORT_STATUSES, default: 'draft' },
    version: { type: Number, required: true, default: 1 },
    contentVersion: { type: Number, required: true, default: 1 },
    /** The Secretariat's remark on the whole report (return, reopen). */
    reviewComment: { type: String, default: null },
    /** The Secretariat's remarks on single entries when it returned the report. */
    entryComments: {
      type: [
        new mongoose.Schema(
          { actionCode: { type: String, required: true }, comment: { type: String, required: true } },
          { _id: false },
        ),
      ],
      default: [],
    },
    /** The cycle whose approved report this one started from. */
    carriedFrom: { type: mongoose.Schema.Types.ObjectId, default: null },
    /** Set by the Secretariat's reopen: editable even when the cycle is closed, until approved. */
    reopened: { type: Boolean, required: true, default: false },
    /** Bytes of all evidence files, checked atomically against the per-report limit. */
    filesTotalSize: { type: Number, required: true, default: 0 },
    /** Ids of the evidence files the current answers refer to (to know when a file is unused). */
    fileIds: { type: [String], default: [] },
    /** Kept with every save, so the review list needs no answers. */
    completeness: {
      complete: { type: Number, required: true, default: 0 },
      total: { type: Number, required: true, default: 0 },
      percent: { type: Number, required: true, default: 0 },
    },
    /** The answers' figures without texts (`report-facts.ts`), kept with completeness. */
    facts: { type: String, default: null },
    submittedAt: { type: Date, default: null },
    firstSubmittedAt: { type: Date, default: null },
    approvedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
reportSchema.index({ cycleId: 1, stateCode: 1 }, { unique: true });
reportSchema.index({ stateCode: 1, status: 1 });
reportSchema.index({ fileIds: 1 });

export const ReportModel = mongoose.model('Report', reportSchema, 'reports');

/** The header as read with `.lean()`. */
export interface StoredReport {
  _id: Types.ObjectId;
  cycleId: Types.ObjectId;
  stateCode: string;
  status: ReportStatus;
  version: number;
  contentVersion: number;
  reviewComment: string | null;
  entryComments: { actionCode: string; comment: string }[];
  carriedFrom: Types.ObjectId | null;
  reopened: boolean;
  filesTotalSize: number;
  fileIds: string[];
  completeness: Completeness;
  /** Null on headers written before facts were kept: read from the snapshot then. */
  facts: string | null;
  submittedAt: Date | null;
  firstSubmittedAt: Date | null;
  approvedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A header with its current answers: what the services work on. */
export interface ReportRecord extends StoredReport {
  entries: ReportEntry[];
}
