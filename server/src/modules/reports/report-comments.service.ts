import { isStateRole, type ThreadComment, type ThreadCommentInput, type User } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { stateName } from '../cycles/state-lookup.js';
import { messageFor } from '../notifications/messages.js';
import type { NotificationsService } from '../notifications/notifications.service.js';
import { secretariatTeam, stateTeam } from '../notifications/recipients.js';
import { actorOf } from './actor.js';
import { ReportCommentModel, toCommentView, type StoredReportComment } from './report-comment.model.js';
import { reportForWorkings, withEntries } from './report-store.js';

export interface ReportCommentsDeps {
  notifications: NotificationsService;
  now?: () => Date;
}

/** Threads about single entries between the state's people and the Secretariat. */
export class ReportCommentsService {
  constructor(private readonly deps: ReportCommentsDeps) {}

  /** Oldest first; all entries' threads when no action is named (by action, then time). */
  async list(user: User, cycleId: string, stateCode: string, actionCode?: string): Promise<ThreadComment[]> {
    const { report: header } = await reportForWorkings(user, cycleId, stateCode);
    const report = await withEntries(header);
    const filter = actionCode === undefined ? { reportId: report._id } : { reportId: report._id, actionCode };
    const comments = await ReportCommentModel.find(filter).sort({ at: 1, _id: 1 }).lean<StoredReportComment[]>();
    const order = new Map(report.entries.map((entry, index) => [entry.actionCode, index]));
    return comments.map(toCommentView).sort((a, b) => (order.get(a.actionCode) ?? 0) - (order.get(b.actionCode) ?? 0));
  }

  /** Adds a message (in any status of the report) and tells the other side. */
  async add(user: User, cycleId: string, stateCode: string, input: ThreadCommentInput): Promise<ThreadComment> {
    const { cycle, report: header } = await reportForWorkings(user, cycleId, stateCode);
    const report = await withEntries(header);
    if (!report.entries.some((entry) => entry.actionCode === input.actionCode)) {
      throw AppError.badRequest(`Unknown action: ${input.actionCode}.`, [
        { path: 'actionCode', message: `${input.actionCode} is not an action of this report` },
      ]);
    }
    const created = await ReportCommentModel.create({
      reportId: report._id,
      actionCode: input.actionCode,
      author: actorOf(user),
      text: input.text,
      lang: input.lang ?? user.locale,
      at: this.deps.now?.() ?? new Date(),
    });
    const recipients = isStateRole(user.role) ? await secretariatTeam() : await stateTeam(stateCode);
    await this.deps.notifications.notify(recipients, {
      type: 'comment_added',
      cycleId: String(cycle._id),
      stateCode,
      actionCode: input.actionCode,
      text: messageFor('comment_added', {
        cycleName: cycle.name,
        stateName: await stateName(stateCode),
        actionCode: input.actionCode,
      }),
      detail: input.text,
    });
    return toCommentView(created.toObject<StoredReportComment>());
  }
}
