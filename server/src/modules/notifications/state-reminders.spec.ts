import { closeCycleInDatabase } from '../../testing/cycles.js';
import type { Express } from 'express';
import { createTestApp } from '../../testing/test-app.js';
import { allAnswered, createCycle, freshReferenceData, person, reportUrl } from '../reports/report-fixtures.spec.js';
import { DeadlineReminderModel } from './deadline-reminder.model.js';
import { NotificationModel, type StoredNotification } from './notification.model.js';
import { StateReminderModel } from './state-reminder.model.js';

const remindersUrl = (cycleId: string, stateCode: string) => `/api/v1/cycles/${cycleId}/reminders/${stateCode}`;

describe('State reminders (the Secretariat chases a state by hand)', () => {
  let app: Express;
  let cycleId: string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
  });

  describe('for a state that has not started', () => {
    it('says it was never reminded, then sends one to the state’s people only and records when', async () => {
      const secretariat = await person(app, 'secretariat');
      const georgia = await person(app, 'focal_point', 'GE');
      const austria = await person(app, 'focal_point', 'AT');

      const before = await secretariat.get(remindersUrl(cycleId, 'GE')).expect(200);
      expect(before.body).toEqual({
        stateCode: 'GE',
        reportStatus: 'not_started',
        deadline: '2099-12-31',
        lastRemindedAt: null,
        lastRemindedBy: null,
        recipients: 1,
        canRemind: true,
      });

      const sent = await secretariat.post(remindersUrl(cycleId, 'GE')).expect(201);
      expect(sent.body.lastRemindedBy).toBe('secretariat');
      expect(sent.body.canRemind).toBeFalse();
      const stored = await StateReminderModel.find({ stateCode: 'GE' }).lean();
      expect(stored.length).toBe(1);
      expect(stored[0]!.sentAt.toISOString()).toBe(sent.body.lastRemindedAt);
      expect(stored[0]!.sentBy).toBe(secretariat.user.id);

      const toGeorgia = await NotificationModel.find({ userId: georgia.user.id }).lean<StoredNotification[]>();
      expect(toGeorgia.length).toBe(1);
      expect(toGeorgia[0]!.text.en).toBe(
        'Reminder from the Secretariat: the report of Georgia for "2026 annual report" is due by 31 December 2099.',
      );
      expect(toGeorgia[0]!.text.ru).toContain('Грузия');
      expect(await NotificationModel.countDocuments({ userId: austria.user.id })).toBe(0);
    });

    it('refuses a second reminder within the hour with 409, sending nothing more', async () => {
      const secretariat = await person(app, 'secretariat');
      const georgia = await person(app, 'focal_point', 'GE');
      await secretariat.post(remindersUrl(cycleId, 'GE')).expect(201);
      const again = await secretariat.post(remindersUrl(cycleId, 'GE')).expect(409);
      expect(again.body.error.code).toBe('recently_reminded');
      expect(await NotificationModel.countDocuments({ userId: georgia.user.id })).toBe(1);
    });

    it('reports the deadline job’s reminder as the last one when it is the newest', async () => {
      const secretariat = await person(app, 'secretariat');
      await person(app, 'contributor', 'GE');
      const sentAt = new Date('2026-12-08T06:00:00Z');
      await DeadlineReminderModel.create({ cycleId, stateCode: 'GE', deadline: '2099-12-31', daysBefore: 7, sentAt });
      const status = await secretariat.get(remindersUrl(cycleId, 'GE')).expect(200);
      expect(status.body.lastRemindedAt).toBe('2026-12-08T06:00:00.000Z');
      expect(status.body.lastRemindedBy).toBe('automatic');
      expect(status.body.canRemind).toBeTrue();
    });
  });

  describe('refusals', () => {
    it('lets only the Secretariat look or remind (403 for other roles, the state’s own included)', async () => {
      for (const [role, state] of [['admin'], ['evaluator'], ['focal_point', 'GE'], ['contributor', 'GE']] as const) {
        const someone = await person(app, role, state);
        const look = await someone.get(remindersUrl(cycleId, 'GE')).expect(403);
        expect(look.body.error.code).toBe('forbidden');
        await someone.post(remindersUrl(cycleId, 'GE')).expect(403);
      }
      expect(await StateReminderModel.countDocuments()).toBe(0);
    });

    it('answers 404 for an unknown cycle, a malformed state and a state the cycle does not expect', async () => {
      const secretariat = await person(app, 'secretariat');
      await secretariat.get(remindersUrl('0123456789abcdef01234567', 'GE')).expect(404);
      await secretariat.get(remindersUrl(cycleId, 'georgia')).expect(404);
      const unexpected = await secretariat.post(remindersUrl(cycleId, 'FR')).expect(404);
      expect(unexpected.body.error.code).toBe('not_found');
    });

    it('refuses a body with options (400)', async () => {
      const secretariat = await person(app, 'secretariat');
      await person(app, 'focal_point', 'GE');
      const response = await secretariat.post(remindersUrl(cycleId, 'GE'), { urgent: true }).expect(400);
      expect(response.body.error.code).toBe('validation_failed');
    });

    it('refuses a state that has submitted (409 already_submitted)', async () => {
      const secretariat = await person(app, 'secretariat');
      const austria = await person(app, 'focal_point', 'AT');
      await austria.put(reportUrl(cycleId, 'AT'), { version: 1, entries: allAnswered() }).expect(200);
      await austria.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);
      const status = await secretariat.get(remindersUrl(cycleId, 'AT')).expect(200);
      expect(status.body.reportStatus).toBe('submitted');
      expect(status.body.canRemind).toBeFalse();
      const response = await secretariat.post(remindersUrl(cycleId, 'AT')).expect(409);
      expect(response.body.error.code).toBe('already_submitted');
    });

    it('refuses a state with no one to remind (409 no_recipients)', async () => {
      const secretariat = await person(app, 'secretariat');
      const status = await secretariat.get(remindersUrl(cycleId, 'KZ')).expect(200);
      expect(status.body.recipients).toBe(0);
      expect(status.body.canRemind).toBeFalse();
      const response = await secretariat.post(remindersUrl(cycleId, 'KZ')).expect(409);
      expect(response.body.error.code).toBe('no_recipients');
    });

    it('refuses while the cycle is not open (409 cycle_not_open)', async () => {
      const secretariat = await person(app, 'secretariat');
      await person(app, 'focal_point', 'GE');
      await closeCycleInDatabase(cycleId);
      const response = await secretariat.post(remindersUrl(cycleId, 'GE')).expect(409);
      expect(response.body.error.code).toBe('cycle_not_open');
      expect(await StateReminderModel.countDocuments()).toBe(0);
    });
  });

  describe('reminding every late state at once', () => {
    const lateUrl = (id: string) => `/api/v1/cycles/${id}/reminders`;
    let lateCycleId: string;

    beforeEach(async () => {
      // Past its deadline; Kazakhstan's own deadline is later.
      lateCycleId = await createCycle({
        deadline: '2020-03-31',
        deadlineExtensions: [{ stateCode: 'KZ', deadline: '2099-12-31' }],
      });
    });

    it('reminds each overdue state with someone to tell, and names the ones it skipped and why', async () => {
      const secretariat = await person(app, 'secretariat');
      const austria = await person(app, 'focal_point', 'AT');
      const georgia = await person(app, 'focal_point', 'GE');
      const kazakhstan = await person(app, 'focal_point', 'KZ');
      await austria.put(reportUrl(lateCycleId, 'AT'), { version: 1, entries: allAnswered() }).expect(200);
      await secretariat.post(remindersUrl(lateCycleId, 'GE')).expect(201);

      const response = await secretariat.post(lateUrl(lateCycleId)).expect(200);

      expect(response.body).toEqual({
        reminded: ['AT'],
        skipped: [{ stateCode: 'GE', reason: 'recently_reminded' }],
      });
      const toAustria = await NotificationModel.find({ userId: austria.user.id }).lean<StoredNotification[]>();
      expect(toAustria.map((notification) => notification.text.en)).toEqual([
        'Reminder from the Secretariat: the report of Austria for "2026 annual report" was due by 31 March 2020. Please submit it as soon as you can.',
      ]);
      expect(await NotificationModel.countDocuments({ userId: georgia.user.id })).toBe(1);
      expect(await NotificationModel.countDocuments({ userId: kazakhstan.user.id })).toBe(0);
      expect(await StateReminderModel.countDocuments({ cycleId: lateCycleId })).toBe(2);
    });

    it('leaves out a state that has submitted, and skips one with no one to tell', async () => {
      const secretariat = await person(app, 'secretariat');
      const georgia = await person(app, 'focal_point', 'GE');
      await georgia.put(reportUrl(lateCycleId, 'GE'), { version: 1, entries: allAnswered() }).expect(200);
      await georgia.post(`${reportUrl(lateCycleId, 'GE')}/submit`).expect(200);

      const response = await secretariat.post(lateUrl(lateCycleId)).expect(200);

      expect(response.body).toEqual({ reminded: [], skipped: [{ stateCode: 'AT', reason: 'no_recipients' }] });
      expect(await StateReminderModel.countDocuments()).toBe(0);
    });

    it('refuses other roles (403), a closed cycle (409), an unknown one (404) and options (400)', async () => {
      const secretariat = await person(app, 'secretariat');
      const austria = await person(app, 'focal_point', 'AT');
      for (const [role, state] of [['admin'], ['evaluator'], ['focal_point', 'AT'], ['contributor', 'GE']] as const) {
        const someone = role === 'focal_point' ? austria : await person(app, role, state);
        const refused = await someone.post(lateUrl(lateCycleId)).expect(403);
        expect(refused.body.error.code).toBe('forbidden');
      }
      await secretariat.post(lateUrl('0123456789abcdef01234567')).expect(404);
      const withOptions = await secretariat.post(lateUrl(lateCycleId), { urgent: true }).expect(400);
      expect(withOptions.body.error.code).toBe('validation_failed');
      await closeCycleInDatabase(lateCycleId);
      const closed = await secretariat.post(lateUrl(lateCycleId)).expect(409);
      expect(closed.body.error.code).toBe('cycle_not_open');
      expect(await StateReminderModel.countDocuments()).toBe(0);
      expect(await NotificationModel.countDocuments({ userId: austria.user.id })).toBe(0);
    });
  });
});
