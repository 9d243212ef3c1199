import {
  REPORT_EVENT_TYPES,
  REPORT_STATUSES,
  type ReportActor,
  type ReportEventType,
  type ReportStatus,
} from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';
import { actorSchema } from './actor.js';

/** One step of a report's workflow (created, submitted, returned, approved, reopened). */
const reportEventSchema = new mongoose.Schema(
  {
    reportId: { type: mongoose.Schema.Types.ObjectId, required: true },
    type: { type: String, required: true, enum: REPORT_EVENT_TYPES },
    at: { type: Date, required: true },
    by: { type: actorSchema, required: true },
    fromStatus: { type: String, enum: [...REPORT_STATUSES, null], default: null },
    toStatus: { type: String, required: true, enum: REPORT_STATUSES },
    comment: { type: String, default: null },
    entryComments: {
      type: [
        new mongoose.Schema(
          { actionCode: { type: String, required: true }, comment: { type: String, required: true } },
          { _id: false },
        ),
      ],
      default: [],
    },
  },
  { versionKey: false },
);
reportEventSchema.index({ reportId: 1, at: 1 });

export const ReportEventModel = mongoose.model('ReportEvent', reportEventSchema, 'report_events');

export interface StoredReportEvent {
  _id: Types.ObjectId;
  reportId: Types.ObjectId;
  type: ReportEventType;
  at: Date;
  by: ReportActor;
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus;
  comment: string | null;
  entryComments: { actionCode: string; comment: string }[];
}
