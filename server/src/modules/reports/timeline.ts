import type { ReportEvent, ReportEventType, ReportStatus, User } from '@ppm/shared';
import type { Types } from 'mongoose';
import { actorOf, toActorView } from './actor.js';
import { ReportEventModel, type StoredReportEvent } from './report-event.model.js';

export interface EventRecord {
  reportId: Types.ObjectId;
  type: ReportEventType;
  at: Date;
  by: Pick<User, 'id' | 'name' | 'role'>;
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus;
  comment?: string | null;
  entryComments?: { actionCode: string; comment: string }[];
}

export async function recordEvent(event: EventRecord): Promise<void> {
  await ReportEventModel.create({
    ...event,
    by: actorOf(event.by),
    comment: event.comment ?? null,
    entryComments: event.entryComments ?? [],
  });
}

/** The report's workflow steps, oldest first. */
export async function listEvents(reportId: Types.ObjectId): Promise<ReportEvent[]> {
  const events = await ReportEventModel.find({ reportId }).sort({ at: 1, _id: 1 }).lean<StoredReportEvent[]>();
  return events.map((event) => ({
    type: event.type,
    at: event.at.toISOString(),
    by: toActorView(event.by),
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    comment: event.comment,
    entryComments: event.entryComments.map((entry) => ({ actionCode: entry.actionCode, comment: entry.comment })),
  }));
}
