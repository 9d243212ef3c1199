import {
  submissionProblems,
  type NotificationType,
  type ReportEventType,
  type ReportTransition,
  type ReportView,
  type ReturnReportInput,
  type ReportEntry,
  type User,
} from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';
import { assertStateAccess } from '../../platform/auth/guards.js';
import { findVisibleCycle } from '../cycles/cycle-store.js';
import type { StoredCycle } from '../cycles/cycle.model.js';
import { stateName } from '../cycles/state-lookup.js';
import { messageFor } from '../notifications/messages.js';
import type { NotificationsService } from '../notifications/notifications.service.js';
import { secretariatTeam, stateTeam, type Recipient } from '../notifications/recipients.js';
import { ReportModel, type ReportRecord, type StoredReport } from './report.model.js';
import { claimUnchangedContent, dropContent, readContent, writeContent } from './report-content.js';
import { reportLocked, reportNotStarted, staleReport } from './report-errors.js';
import { findReport } from './report-store.js';
import { isEditable, toReportView } from './report-view.js';
import { assertRoleMayMove, nextStatus } from './report-workflow.js';
import { recordEvent } from './timeline.js';
import { markCycleChanged } from './cycle-stamp.js';
import { encodeFacts } from './report-facts.js';

export interface ReportWorkflowDeps {
  notifications: NotificationsService;
  now?: () => Date;
}

interface Move {
  set: Record<string, unknown>;
  comment: string | null;
  entryComments?: { actionCode: string; comment: string }[];
}

const EVENT_OF: Record<ReportTransition, ReportEventType> = {
  submit: 'submitted',
  return: 'returned',
  approve: 'approved',
  reopen: 'reopened',
};

const NOTIFICATION_OF: Record<ReportTransition, NotificationType> = {
  submit: 'report_submitted',
  return: 'report_returned',
  approve: 'report_approved',
  reopen: 'report_reopened',
};

/**
 * The review workflow: draft → submitted (focal point) → returned (Secretariat, with comments)
 * → submitted → approved (Secretariat; locked) → reopened to draft (Secretariat, with a reason).
 * Every move is one conditional write, recorded in the timeline and told to the people concerned.
 */
export class ReportWorkflowService {
  constructor(private readonly deps: ReportWorkflowDeps) {}

  /** 422 `report_incomplete` listing per action what is missing; 409 when the cycle is not open. */
  submit(user: User, cycleId: string, stateCode: string, comment?: string): Promise<ReportView> {
    return this.move(user, 'submit', cycleId, stateCode, (report, cycle, now) => {
      if (!isEditable(report, cycle)) throw reportLocked(report.status, cycle.status);
      const problems = submissionProblems(report.entries);
      if (problems.length > 0) {
        const index = new Map(report.entries.map((entry, position) => [entry.actionCode, position]));
        const details = problems.map((problem) => ({
          path: `entries.${index.get(problem.actionCode) ?? 0}`,
          message: `needs ${problem.missing.join(', ')}`,
          actionCode: problem.actionCode,
          missing: problem.missing,
        }));
        throw new AppError(
          422,
          'report_incomplete',
          `${problems.length} of ${report.entries.length} actions are not answered fully yet.`,
          details,
        );
      }
      return {
        set: { submittedAt: now, firstSubmittedAt: report.firstSubmittedAt ?? now },
        comment: comment ?? null,
      };
    });
  }

  /** Back to the state for changes, with a remark on the report and optionally on entries. */
  return(user: User, cycleId: string, stateCode: string, input: ReturnReportInput): Promise<ReportView> {
    return this.move(user, 'return', cycleId, stateCode, (report) => {
      const byCode = new Map((input.entryComments ?? []).map((entry) => [entry.actionCode, entry.comment]));
      const unknown = [...byCode.keys()].filter((code) => !report.entries.some((entry) => entry.actionCode === code));
      if (unknown.length > 0) {
        throw AppError.badRequest(
          `Unknown actions: ${unknown.join(', ')}.`,
          unknown.map((code) => ({
            path: `entryComments.${(input.entryComments ?? []).findIndex((entry) => entry.actionCode === code)}.actionCode`,
            message: `${code} is not an action of this report`,
          })),
        );
      }
      const entryComments = report.entries
        .filter((entry) => byCode.has(entry.actionCode))
        .map((entry) => ({ actionCode: entry.actionCode, comment: byCode.get(entry.actionCode)! }));
      return {
        set: { reviewComment: input.comment, entryComments },
        comment: input.comment,
        entryComments: input.entryComments ?? [],
      };
    });
  }

  /** Approved reports are locked; the Secretariat's remarks are settled and cleared. */
  approve(user: User, cycleId: string, stateCode: string, comment?: string): Promise<ReportView> {
    return this.move(user, 'approve', cycleId, stateCode, (_report, _cycle, now) => ({
      set: { approvedAt: now, reopened: false, reviewComment: null, entryComments: [] },
      comment: comment ?? null,
    }));
  }

  /** Back to draft with a reason; editable again even when the cycle is closed. */
  reopen(user: User, cycleId: string, stateCode: string, reason: string): Promise<ReportView> {
    return this.move(user, 'reopen', cycleId, stateCode, () => ({
      set: { reopened: true, reviewComment: reason, approvedAt: null },
      comment: reason,
    }));
  }

  private async move(
    user: User,
    transition: ReportTransition,
    cycleId: string,
    stateCode: string,
    prepare: (report: ReportRecord, cycle: StoredCycle, now: Date) => Move,
  ): Promise<ReportView> {
    assertRoleMayMove(user.role, transition);
    assertStateAccess(user, stateCode);
    const cycle = await findVisibleCycle(user, cycleId);
    const report = await findReport(cycle._id, stateCode);
    if (!report) throw reportNotStarted(stateCode);
    const to = nextStatus(report.status, transition);
    const now = this.deps.now?.() ?? new Date();
    const move = prepare(report, cycle, now);
    // Version n+1 is claimed as a save claims it, by a snapshot under it: of two moves, or a move
    // and a save, based on version n exactly one gets in, also on FerretDB, whose conditional
    // updates are not atomic. The header then follows (ADR 8, 12). The answers are copied only
    // when the plan in force added actions since they were stored (an approved report keeps them).
    const next = report.version + 1;
    const stored = await readContent(report._id, report.contentVersion);
    const unchanged = sameEntries(stored, report.entries);
    const contentVersion = unchanged ? report.contentVersion : next;
    const claimed = unchanged
      ? await claimUnchangedContent(report._id, next, report.contentVersion)
      : await writeContent(report._id, next, report.entries);
    const updated = claimed
      ? await ReportModel.findOneAndUpdate(
          { _id: report._id, version: report.version, status: report.status },
          {
            $set: {
              ...move.set,
              status: to,
              updatedAt: now,
              contentVersion,
              version: next,
              // The facts follow the answers: rewritten only when the answers were copied.
              ...(unchanged ? {} : { facts: encodeFacts(report.entries) }),
            },
          },
          { returnDocument: 'after' },
        ).lean<StoredReport>()
      : null;
    if (!updated) {
      if (claimed) await dropContent(report._id, next);
      const current = await findReport(cycle._id, stateCode);
      if (!current) throw reportNotStarted(stateCode);
      nextStatus(current.status, transition);
      throw staleReport(toReportView(current, cycle));
    }
    await markCycleChanged(updated.cycleId);
    const moved: ReportRecord = { ...updated, entries: report.entries };
    await recordEvent({
      reportId: updated._id,
      type: EVENT_OF[transition],
      at: now,
      by: user,
      fromStatus: report.status,
      toStatus: to,
      comment: move.comment,
      entryComments: move.entryComments ?? [],
    });
    await this.tell(user, transition, cycle, stateCode, move.comment);
    return toReportView(moved, cycle);
  }

  /** A submission goes to the Secretariat; the Secretariat's moves go to the state's people. */
  private async tell(
    user: User,
    transition: ReportTransition,
    cycle: StoredCycle,
    stateCode: string,
    comment: string | null,
  ) {
    const recipients: Recipient[] =
      transition === 'submit'
        ? [...(await secretariatTeam(user.id)), ...(await stateTeam(stateCode, user.id))]
        : await stateTeam(stateCode, user.id);
    const type = NOTIFICATION_OF[transition];
    await this.deps.notifications.notify(recipients, {
      type,
      cycleId: String(cycle._id),
      stateCode,
      text: messageFor(type, { cycleName: cycle.name, stateName: await stateName(stateCode) }),
      detail: comment,
    });
  }
}

/** The same entry objects in the same order: what a move reads is what is stored. */
function sameEntries(stored: readonly ReportEntry[], current: readonly ReportEntry[]): boolean {
  return stored.length === current.length && stored.every((entry, index) => entry === current[index]);
}
