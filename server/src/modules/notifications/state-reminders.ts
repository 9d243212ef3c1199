import { deadlineFor, deadlineEnd, type LocalizedText, type User } from '@ppm/shared';
import { awaitsSubmission, isOverdue, type SubmissionStatus } from '@ppm/shared/rules';
import { insertOnce } from '../../platform/database/insert-once.js';
import { AppError } from '../../platform/http/app-error.js';
import { findCycle } from '../cycles/cycle-store.js';
import { stateName } from '../cycles/state-lookup.js';
import type { StoredCycle } from '../cycles/cycle.model.js';
import { processReports } from '../reports/index.js';
import { DeadlineReminderModel } from './deadline-reminder.model.js';
import { formatDay } from './messages.js';
import type { NotificationsService } from './notifications.service.js';
import { stateTeam } from './recipients.js';
import { StateReminderModel } from './state-reminder.model.js';

const HOUR_MS = 3_600_000;

/** Where one expected state stands in a cycle, and when it was last reminded (by hand or by the daily job). */
export interface StateReminderView {
  stateCode: string;
  /** The report's status, "not_started" without one. */
  reportStatus: SubmissionStatus;
  deadline: string;
  lastRemindedAt: string | null;
  /** Whether the last reminder was sent by a person or by the deadline job. */
  lastRemindedBy: 'secretariat' | 'automatic' | null;
  /** How many people (focal points, contributors) a reminder would reach. */
  recipients: number;
  /** Whether "remind" would send one now (open cycle, report not in, someone to tell, none this hour). */
  canRemind: boolean;
}

/** What "remind every late state" did: who was reminded, and who not, with the reason (a 409 code of a single reminder). */
export interface LateRemindersView {
  reminded: string[];
  skipped: { stateCode: string; reason: 'recently_reminded' | 'no_recipients' }[];
}

/** The newest of the reminders found (a handful per state and cycle: no index needed). */
const newest = (found: { sentAt: Date }[]): Date | null => found[0]?.sentAt ?? null;

function reminderText(cycleName: LocalizedText, state: LocalizedText, deadline: string, now: Date): LocalizedText {
  const overdue = deadlineEnd(deadline).getTime() <= now.getTime();
  const en = formatDay(deadline, 'en');
  const ru = formatDay(deadline, 'ru');
  return overdue
    ? {
        en: `Reminder from the Secretariat: the report of ${state.en} for "${cycleName.en}" was due by ${en}. Please submit it as soon as you can.`,
        ru: `Напоминание Секретариата: отчёт (${state.ru}) за «${cycleName.ru}» следовало представить до ${ru}. Пожалуйста, представьте его как можно скорее.`,
      }
    : {
        en: `Reminder from the Secretariat: the report of ${state.en} for "${cycleName.en}" is due by ${en}.`,
        ru: `Напоминание Секретариата: отчёт (${state.ru}) за «${cycleName.ru}» нужно представить до ${ru}.`,
      };
}

/** The Secretariat chases a state that has not sent its report: "remind" on the not-started page. */
export class StateRemindersService {
  constructor(private readonly deps: { notifications: NotificationsService; now?: () => Date }) {}

  async status(cycleId: string, stateCode: string): Promise<StateReminderView> {
    const cycle = await findCycle(cycleId);
    if (!cycle.expectedStates.includes(stateCode))
      throw AppError.notFound('This state is not expected to report in this cycle.');
    const sentTo = { cycleId: cycle._id, stateCode };
    const [reportStatus, byHand, automatic, team] = await Promise.all([
      reportStatusOf(cycleId, stateCode),
      StateReminderModel.find(sentTo, { sentAt: 1 })
        .sort({ sentAt: -1 })
        .limit(1)
        .lean<{ sentAt: Date }[]>()
        .then(newest),
      DeadlineReminderModel.find(sentTo, { sentAt: 1 })
        .sort({ sentAt: -1 })
        .limit(1)
        .lean<{ sentAt: Date }[]>()
        .then(newest),
      stateTeam(stateCode),
    ]);
    const last =
      [byHand, automatic].filter((date): date is Date => date !== null).sort((a, b) => b.getTime() - a.getTime())[0] ??
      null;
    const recent = byHand !== null && this.now().getTime() - byHand.getTime() < HOUR_MS;
    return {
      stateCode,
      reportStatus,
      deadline: deadlineFor(cycle, stateCode),
      lastRemindedAt: last?.toISOString() ?? null,
      lastRemindedBy: last === null ? null : last === byHand ? 'secretariat' : 'automatic',
      recipients: team.length,
      canRemind: cycle.status === 'open' && awaitsSubmission(reportStatus) && team.length > 0 && !recent,
    };
  }

  /** Reminds one state; answers where it now stands. */
  async remind(actor: User, cycleId: string, stateCode: string): Promise<StateReminderView> {
    await this.send(actor, cycleId, stateCode);
    return this.status(cycleId, stateCode);
  }

  /** Sends one state's reminder, or refuses with the 409 that says why not. */
  private async send(actor: User, cycleId: string, stateCode: string): Promise<void> {
    const before = await this.status(cycleId, stateCode);
    const cycle = await findCycle(cycleId);
    if (cycle.status !== 'open') throw cycleNotOpen();
    if (!awaitsSubmission(before.reportStatus))
      throw AppError.conflict('already_submitted', 'This state has already submitted its report.');
    if (before.recipients === 0)
      throw AppError.conflict('no_recipients', 'This state has no active focal point or contributor to remind.');
    const now = this.now();
    const hour = Math.floor(now.getTime() / HOUR_MS);
    const claimed = !before.canRemind
      ? false
      : await insertOnce(StateReminderModel, {
          _id: `${cycleId}:${stateCode}:${hour}`,
          cycleId: cycle._id,
          stateCode,
          sentAt: now,
          sentBy: actor.id,
        });
    if (!claimed)
      throw AppError.conflict('recently_reminded', 'This state was reminded less than an hour ago.', {
        lastRemindedAt: before.lastRemindedAt,
      });
    await this.deps.notifications.notify(await stateTeam(stateCode), {
      type: 'deadline_approaching',
      cycleId,
      stateCode,
      text: reminderText(cycle.name, await stateName(stateCode), before.deadline, now),
    });
  }

  /**
   * Reminds, one by one, every expected state whose deadline has passed without its report:
   * a state reminded by hand in the last hour, or with no one to tell, is skipped and named.
   */
  async remindLate(actor: User, cycleId: string): Promise<LateRemindersView> {
    const cycle = await findCycle(cycleId);
    if (cycle.status !== 'open') throw cycleNotOpen();
    const result: LateRemindersView = { reminded: [], skipped: [] };
    for (const stateCode of await lateStates(cycle, this.now())) {
      try {
        await this.send(actor, cycleId, stateCode);
        result.reminded.push(stateCode);
      } catch (error) {
        const reason = error instanceof AppError ? error.code : undefined;
        if (reason !== 'recently_reminded' && reason !== 'no_recipients') throw error;
        result.skipped.push({ stateCode, reason });
      }
    }
    return result;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}

const cycleNotOpen = () => AppError.conflict('cycle_not_open', 'Reminders go out only while the cycle is open.');

/** The state's report status, "not_started" without one: from the cycle's cached headers (ADR 14). */
async function reportStatusOf(cycleId: string, stateCode: string): Promise<SubmissionStatus> {
  const headers = await processReports.headers(cycleId);
  return headers.find((header) => header.stateCode === stateCode)?.status ?? 'not_started';
}

/** Expected states whose report is overdue (the shared rule), in the cycle's order. */
async function lateStates(cycle: StoredCycle, now: Date): Promise<string[]> {
  const headers = await processReports.headers(String(cycle._id));
  const statusOf = new Map<string, SubmissionStatus>(headers.map((header) => [header.stateCode, header.status]));
  return cycle.expectedStates.filter((stateCode) =>
    isOverdue(statusOf.get(stateCode) ?? 'not_started', deadlineFor(cycle, stateCode), now),
  );
}
