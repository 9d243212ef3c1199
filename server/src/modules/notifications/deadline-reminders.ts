import { deadlineEnd, deadlineFor, daysUntilDeadline } from '@ppm/shared';
import type { Types } from 'mongoose';
import { insertOnce } from '../../platform/database/insert-once.js';
import type { Job } from '../../platform/jobs/hourly-jobs.js';
import { CycleModel, stateName, type StoredCycle } from '../cycles/index.js';
import { readCycleHeaders } from '../reports/index.js';
import { DeadlineReminderModel } from './deadline-reminder.model.js';
import { messageFor } from './messages.js';
import type { NotificationsService } from './notifications.service.js';
import { stateTeam } from './recipients.js';

/** Reminders go out 7 days and 1 day before a state's deadline (the end of that day, UTC). */
export const REMINDER_DAYS = [7, 1] as const;
const DAY_MS = 86_400_000;
const DONE = new Set(['submitted', 'approved']);

/** Claims a reminder; false when it was claimed before (the unique index refuses a second one). */
async function claim(
  cycleId: Types.ObjectId,
  stateCode: string,
  deadline: string,
  daysBefore: number,
  now: Date,
): Promise<boolean> {
  return insertOnce(DeadlineReminderModel, { cycleId, stateCode, deadline, daysBefore, sentAt: now });
}

/**
 * Reminds the people of every expected state of every open cycle that has not submitted yet,
 * when its deadline is 7 days or 1 day away. Idempotent: call it as often as you like (e.g. each
 * hour); each reminder goes out once. When both are due at once only the nearer one is sent.
 * Returns the number of states reminded.
 */
export async function sendDeadlineReminders(now: Date, notifications: NotificationsService): Promise<number> {
  const cycles = await CycleModel.find({ status: 'open' }).lean<StoredCycle[]>();
  let reminded = 0;
  for (const cycle of cycles) {
    const reports = await readCycleHeaders(cycle._id);
    const statusOf = new Map(reports.map((report) => [report.stateCode, report.status]));
    for (const stateCode of cycle.expectedStates) {
      if (DONE.has(statusOf.get(stateCode) ?? '')) continue;
      const deadline = deadlineFor(cycle, stateCode);
      const left = deadlineEnd(deadline).getTime() - now.getTime();
      if (left <= 0) continue;
      const due = REMINDER_DAYS.filter((days) => left <= days * DAY_MS);
      const nearest = Math.min(...due);
      if (due.length === 0 || !(await claim(cycle._id, stateCode, deadline, nearest, now))) continue;
      for (const days of due) if (days !== nearest) await claim(cycle._id, stateCode, deadline, days, now);
      await notifications.notify(await stateTeam(stateCode), {
        type: 'deadline_approaching',
        cycleId: String(cycle._id),
        stateCode,
        text: messageFor('deadline_approaching', {
          cycleName: cycle.name,
          stateName: await stateName(stateCode),
          deadline,
          daysLeft: daysUntilDeadline(deadline, now),
        }),
      });
      reminded += 1;
    }
  }
  return reminded;
}

/** The hourly job that sends the reminders that are due. */
export function deadlineRemindersJob(notifications: NotificationsService): Job {
  return {
    done: 'Sent deadline reminders',
    failed: 'Deadline reminders failed',
    run: (now) => sendDeadlineReminders(now, notifications),
  };
}
