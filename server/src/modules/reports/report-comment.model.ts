import { LOCALES, type Locale, type ReportActor, type ThreadComment } from '@ppm/shared';
import mongoose, { type Types } from 'mongoose';
import { actorSchema, toActorView } from './actor.js';

/** A message in the thread about one entry, between the state and the Secretariat. */
const reportCommentSchema = new mongoose.Schema(
  {
    reportId: { type: mongoose.Schema.Types.ObjectId, required: true },
    actionCode: { type: String, required: true },
    author: { type: actorSchema, required: true },
    text: { type: String, required: true },
    lang: { type: String, required: true, enum: LOCALES },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
reportCommentSchema.index({ reportId: 1, actionCode: 1, at: 1 });

export const ReportCommentModel = mongoose.model('ReportComment', reportCommentSchema, 'report_comments');

export interface StoredReportComment {
  _id: Types.ObjectId;
  reportId: Types.ObjectId;
  actionCode: string;
  author: ReportActor;
  text: string;
  lang: Locale;
  at: Date;
}

export function toCommentView(comment: StoredReportComment): ThreadComment {
  return {
    id: String(comment._id),
    actionCode: comment.actionCode,
    author: toActorView(comment.author),
    text: comment.text,
    lang: comment.lang,
    at: comment.at.toISOString(),
  };
}
