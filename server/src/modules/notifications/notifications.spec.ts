import type { Express } from 'express';
import request from 'supertest';
import { createMailer, type MailMessage } from '../../platform/mail/mailer.js';
import { startTestSmtpServer } from '../../testing/smtp.js';
import { createTestApp } from '../../testing/test-app.js';
import { silentLogger } from '../../testing/test-database.js';
import { ReportModel } from '../reports/report.model.js';
import { authStamp } from '../auth/credential-cache.js';
import { UserModel } from '../users/user.model.js';
import {
  allAnswered,
  createCycle,
  freshReferenceData,
  person,
  reportUrl,
  type Person,
} from '../reports/report-fixtures.spec.js';
import { DeadlineReminderModel } from './deadline-reminder.model.js';
import { sendDeadlineReminders } from './deadline-reminders.js';
import { NotificationModel, type StoredNotification } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';

describe('Notifications module', () => {
  let app: Express;
  let cycleId: string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
  });

  async function submittedByAustria(focalPoint: Person): Promise<void> {
    await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 1, entries: allAnswered() }).expect(200);
    await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);
  }

  describe('Notifications on workflow moves', () => {
    describe('when a focal point submits', () => {
      it('tells every active Secretariat member and the state’s other people, not the submitter or other states', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        const contributor = await person(app, 'contributor', 'AT');
        const secretariat = await person(app, 'secretariat');
        const kazakhstan = await person(app, 'focal_point', 'KZ');
        await submittedByAustria(focalPoint);

        const stored = await NotificationModel.find({ type: 'report_submitted' }).lean<StoredNotification[]>();
        expect(stored.map((notification) => String(notification.userId)).sort()).toEqual(
          [contributor.user.id, secretariat.user.id].sort(),
        );
        const { body } = await secretariat.get('/api/v1/notifications').expect(200);
        expect(body).toEqual({
          items: [
            {
              id: jasmine.any(String),
              type: 'report_submitted',
              cycleId,
              stateCode: 'AT',
              actionCode: null,
              text: {
                en: 'Austria submitted its report for "2026 annual report".',
                ru: 'Австрия: отчёт за «Ежегодный отчёт 2026» представлен.',
              },
              link: `/reports/${cycleId}/AT`,
              createdAt: jasmine.any(String),
              readAt: null,
            },
          ],
          unreadCount: 1,
        });
        expect((await kazakhstan.get('/api/v1/notifications').expect(200)).body).toEqual({ items: [], unreadCount: 0 });
      });
    });

    describe('when the Secretariat returns, approves and reopens', () => {
      it('tells the state’s focal points and contributors each time', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        const contributor = await person(app, 'contributor', 'AT');
        const secretariat = await person(app, 'secretariat');
        await submittedByAustria(focalPoint);
        await secretariat.post(`${reportUrl(cycleId, 'AT')}/return`, { comment: 'Add figures.' }).expect(200);
        await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);
        await secretariat.post(`${reportUrl(cycleId, 'AT')}/approve`).expect(200);
        await secretariat.post(`${reportUrl(cycleId, 'AT')}/reopen`, { comment: 'One correction.' }).expect(200);

        const { body } = await focalPoint.get('/api/v1/notifications').expect(200);
        expect((body.items as { type: string }[]).map((item) => item.type)).toEqual([
          'report_reopened',
          'report_approved',
          'report_returned',
        ]);
        expect(body.items[2].text.en).toBe('The report of Austria for "2026 annual report" was returned for revision.');
        expect(body.items[2].text.ru).toBe('Отчёт (Австрия) за «Ежегодный отчёт 2026» возвращён на доработку.');
        // The contributor also heard of both submissions.
        expect(await NotificationModel.countDocuments({ userId: contributor.user.id })).toBe(5);
      });
    });
  });

  describe('Reading notifications', () => {
    describe('when a person marks one read, then all', () => {
      it('records the time, lowers the unread count, and refuses someone else’s with 404', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        const secretariat = await person(app, 'secretariat');
        await submittedByAustria(focalPoint);
        await secretariat.post(`${reportUrl(cycleId, 'AT')}/return`, { comment: 'Add figures.' }).expect(200);
        await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);

        const before = await secretariat.get('/api/v1/notifications').expect(200);
        expect(before.body.unreadCount).toBe(2);
        const [newest] = before.body.items;
        const read = await secretariat.post(`/api/v1/notifications/${newest.id}/read`).expect(200);
        expect(read.body.readAt).toEqual(jasmine.any(String));
        expect((await secretariat.get('/api/v1/notifications?unread=true').expect(200)).body.items.length).toBe(1);
        await focalPoint.post(`/api/v1/notifications/${newest.id}/read`).expect(404);
        await secretariat.post('/api/v1/notifications/read-all').expect(204);
        expect((await secretariat.get('/api/v1/notifications').expect(200)).body.unreadCount).toBe(0);
        expect(await NotificationModel.countDocuments({ userId: secretariat.user.id, readAt: null })).toBe(0);
      });

      it('answers 401 without a session and 400 for an unknown filter', async () => {
        await request(app).get('/api/v1/notifications').expect(401);
        await (await person(app, 'evaluator')).get('/api/v1/notifications?unread=maybe').expect(400);
      });
    });
  });

  describe('Notification emails', () => {
    let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;

    beforeAll(async () => {
      smtp = await startTestSmtpServer();
    });
    afterAll(() => smtp.stop());

    describe('when SMTP is configured and the Secretariat returns a report', () => {
      it('mails the focal point the notice, the comment and the link', async () => {
        app = createTestApp({ smtpUrl: smtp.url, mailFrom: 'Monitor <monitor@icmpd.test>' });
        const focalPoint = await person(app, 'focal_point', 'AT');
        const secretariat = await person(app, 'secretariat');
        await submittedByAustria(focalPoint);
        await secretariat
          .post(`${reportUrl(cycleId, 'AT')}/return`, { comment: 'Please add the figures for 2026.' })
          .expect(200);

        const toSecretariat = smtp.received.find((mail) => mail.to.includes(secretariat.user.email));
        expect(toSecretariat?.raw).toContain('From: Monitor <monitor@icmpd.test>');
        const mail = smtp.received.find((message) => message.to.includes(focalPoint.user.email));
        const text = mail?.raw.replace(/=\r?\n/g, '') ?? '';
        expect(text).toContain('was returned for revision');
        expect(text).toContain('Please add the figures for 2026.');
        expect(text).toContain(`http://monitor.test/reports/${cycleId}/AT`);
      });
    });
  });

  describe('sendDeadlineReminders', () => {
    const notifications = new NotificationsService({
      mailer: createMailer(undefined, 'x', silentLogger),
      publicUrl: 'http://monitor.test',
    });
    let kazakhstan: Person;
    let georgia: Person;

    // Deadline 2030-03-31 (ends 23:59:59.999 UTC); Georgia has until 2030-04-30; Austria has submitted.
    beforeEach(async () => {
      cycleId = await createCycle({
        deadline: '2030-03-31',
        deadlineExtensions: [{ stateCode: 'GE', deadline: '2030-04-30' }],
      });
      const austria = await person(app, 'focal_point', 'AT');
      await submittedByAustria(austria);
      kazakhstan = await person(app, 'focal_point', 'KZ');
      georgia = await person(app, 'focal_point', 'GE');
      await georgia.get(reportUrl(cycleId, 'GE')).expect(200);
    });

    const remindersOf = (who: Person) =>
      NotificationModel.find({ userId: who.user.id, type: 'deadline_approaching' })
        .sort({ createdAt: 1 })
        .lean<StoredNotification[]>();

    describe('when the deadline is more than 7 days away', () => {
      it('sends nothing', async () => {
        expect(await sendDeadlineReminders(new Date('2030-03-20T12:00:00Z'), notifications)).toBe(0);
        expect(await NotificationModel.countDocuments({ type: 'deadline_approaching' })).toBe(0);
      });
    });

    describe('when it is 6.5 days before, then the last morning, each run twice', () => {
      it('reminds each state that has not submitted once per reminder, 7 days then 1 day', async () => {
        expect(await sendDeadlineReminders(new Date('2030-03-25T12:00:00Z'), notifications)).toBe(1);
        expect(await sendDeadlineReminders(new Date('2030-03-25T13:00:00Z'), notifications)).toBe(0);
        expect(await sendDeadlineReminders(new Date('2030-03-31T06:00:00Z'), notifications)).toBe(1);
        expect(await sendDeadlineReminders(new Date('2030-03-31T07:00:00Z'), notifications)).toBe(0);
        expect(await sendDeadlineReminders(new Date('2030-04-01T00:00:00Z'), notifications)).toBe(0);

        const reminders = await remindersOf(kazakhstan);
        expect(reminders.map((reminder) => reminder.text.en)).toEqual([
          'The report of Kazakhstan for "2026 annual report" is due by 23:59 UTC on 31 March 2030 (7 days left).',
          'The report of Kazakhstan for "2026 annual report" is due by 23:59 UTC on 31 March 2030 (1 day left).',
        ]);
        expect(reminders[1]?.text.ru).toBe(
          'Срок представления отчёта (Казахстан) за «Ежегодный отчёт 2026» — до 23:59 UTC 31 марта 2030 г. (осталось дней: 1).',
        );
        expect(await remindersOf(georgia)).toEqual([]);
        expect(await NotificationModel.countDocuments({ stateCode: 'AT', type: 'deadline_approaching' })).toBe(0);
        expect(await DeadlineReminderModel.countDocuments({ stateCode: 'KZ' })).toBe(2);
      });
    });

    describe('when the first run comes only on the last day of an extended deadline', () => {
      it('sends just the 1-day reminder and never the 7-day one afterwards', async () => {
        expect(await sendDeadlineReminders(new Date('2030-04-30T12:00:00Z'), notifications)).toBe(1);
        expect(await sendDeadlineReminders(new Date('2030-04-30T13:00:00Z'), notifications)).toBe(0);
        const reminders = await remindersOf(georgia);
        expect(reminders.map((reminder) => reminder.text.en)).toEqual([
          'The report of Georgia for "2026 annual report" is due by 23:59 UTC on 30 April 2030 (1 day left).',
        ]);
        expect(await DeadlineReminderModel.countDocuments({ stateCode: 'GE' })).toBe(2);
      });
    });

    describe('when a reminder is mailed to a Russian-speaking focal point', () => {
      it('writes the day in Russian first, with the English text below', async () => {
        const sent: MailMessage[] = [];
        const mailing = new NotificationsService({
          mailer: { enabled: true, send: (message) => Promise.resolve(void sent.push(message)) },
          publicUrl: 'http://monitor.test',
        });
        await UserModel.updateOne({ _id: kazakhstan.user.id }, { $set: { locale: 'ru' } });
        await authStamp.mark();
        expect(await sendDeadlineReminders(new Date('2030-03-31T06:00:00Z'), mailing)).toBe(1);

        const [mail] = sent.filter((message) => message.to === kazakhstan.user.email);
        expect(mail?.subject).toBe(
          'Prague Process Monitor: Срок представления отчёта (Казахстан) за «Ежегодный отчёт 2026» — до 23:59 UTC 31 марта 2030 г. (осталось дней: 1).',
        );
        const [russian = '', english = ''] = mail?.text.split('\n—\n') ?? [];
        expect(russian).toContain('до 23:59 UTC 31 марта 2030 г.');
        expect(english).toContain('is due by 23:59 UTC on 31 March 2030 (1 day left).');
      });
    });

    describe('when the state submitted in the meantime', () => {
      it('sends no more reminders to it', async () => {
        await ReportModel.updateOne({ cycleId, stateCode: 'GE' }, { $set: { status: 'submitted' } });
        expect(await sendDeadlineReminders(new Date('2030-04-30T12:00:00Z'), notifications)).toBe(0);
      });
    });
  });
});
