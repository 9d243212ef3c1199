import { deadlineFor } from '@ppm/shared';
import type { Types } from 'mongoose';
import { insertOnce } from '../../platform/database/insert-once.js';
import { AppError } from '../../platform/http/app-error.js';
import type { Job } from '../../platform/jobs/hourly-jobs.js';
import { recordAudit, type AuditRecord } from '../audit/audit.service.js';
import { messageFor } from '../notifications/messages.js';
import type { NotificationsService } from '../notifications/notifications.service.js';
import { stateTeams } from '../notifications/recipients.js';
import { CycleOpeningModel } from './cycle-opening.model.js';
import { CycleModel, toCycleView, type StoredCycle } from './cycle.model.js';
import { writeCycle } from './cycle-store.js';

/** Who the audit log names for what the server does by itself. */
export const SYSTEM_ACTOR: AuditRecord['actor'] = { id: 'system', email: 'system', name: 'System' };

/**
 * Claims the announcement of a cycle's opening; false when someone else claimed it first (a
 * second server process, or the Secretariat and the job at the same moment).
 */
export function claimOpening(cycleId: Types.ObjectId, openedBy: string, now: Date): Promise<boolean> {
  return insertOnce(CycleOpeningModel, { _id: cycleId, openedAt: now, openedBy });
}

/** Tells the people of each expected state that the cycle is open and when their report is due. */
export async function announceOpening(cycle: StoredCycle, notifications: NotificationsService): Promise<void> {
  const teams = await stateTeams(cycle.expectedStates);
  for (const [stateCode, team] of teams) {
    await notifications.notify(team, {
      type: 'cycle_opened',
      cycleId: String(cycle._id),
      stateCode,
      text: messageFor('cycle_opened', { cycleName: cycle.name, deadline: deadlineFor(cycle, stateCode) }),
    });
  }
}

/**
 * Opens every planned cycle whose opening day (UTC) has come, as the Secretariat would by hand:
 * audited (actor "system") and announced to the expected states. Idempotent and safe with several
 * server processes: a cycle moves only while it is still planned and due, and only the process
 * that claims the opening (`claimOpening`) audits and announces it. Closing stays with the
 * Secretariat (late reports are allowed). Returns how many cycles this call opened.
 */
export async function openDueCycles(now: Date, notifications: NotificationsService): Promise<number> {
  const today = now.toISOString().slice(0, 10);
  const due = await CycleModel.find({ status: 'planned', opensAt: { $lte: today } }, { _id: 1 }).lean();
  let opened = 0;
  for (const { _id } of due) {
    const before = await CycleModel.findById(_id).lean<StoredCycle>();
    if (before?.status !== 'planned' || before.opensAt > today) continue;
    const after = await writeCycle(before, { status: 'open' }, now).catch((error: unknown) => {
      // Someone changed the cycle meanwhile (perhaps opened it): the next run looks again.
      if (error instanceof AppError && error.code === 'cycle_changed') return null;
      throw error;
    });
    if (!after || !(await claimOpening(_id, SYSTEM_ACTOR.id, now))) continue;
    await recordAudit({
      actor: SYSTEM_ACTOR,
      action: 'cycle.updated',
      entity: 'cycle',
      entityId: String(_id),
      before: toCycleView(before),
      after: toCycleView(after),
    });
    await announceOpening(after, notifications);
    opened += 1;
  }
  return opened;
}

/** The hourly job that opens due cycles. */
export function openingDueCyclesJob(notifications: NotificationsService): Job {
  return {
    done: 'Opened reporting cycles whose opening day has come',
    failed: 'Opening due reporting cycles failed',
    run: (now) => openDueCycles(now, notifications),
  };
}
