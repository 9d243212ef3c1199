import { createMailer } from '../../platform/mail/mailer.js';
import { createTestApp } from '../../testing/test-app.js';
import { silentLogger } from '../../testing/test-database.js';
import { AuditEntry } from '../audit/audit-entry.model.js';
import { NotificationModel, type StoredNotification } from '../notifications/notification.model.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { createCycle, freshReferenceData, person, type Person } from '../reports/report-fixtures.spec.js';
import { CycleModel, type StoredCycle } from './cycle.model.js';
import { openDueCycles } from './cycle-opening.js';

describe('openDueCycles', () => {
  const notifications = new NotificationsService({
    mailer: createMailer(undefined, 'x', silentLogger),
    publicUrl: 'http://monitor.test',
  });
  let austria: Person;
  let france: Person;
  let cycleId: string;

  // Planned to open on 15 January 2027 for Austria and Kazakhstan, due on 31 March 2027.
  beforeEach(async () => {
    await freshReferenceData();
    const app = createTestApp();
    austria = await person(app, 'focal_point', 'AT');
    france = await person(app, 'focal_point', 'FR');
    cycleId = await createCycle({
      status: 'planned',
      opensAt: '2027-01-15',
      deadline: '2027-03-31',
      expectedStates: ['AT', 'KZ'],
    });
  });

  const stored = async (id: string) => (await CycleModel.findById(id).lean<StoredCycle>())!;
  const openings = () => NotificationModel.find({ type: 'cycle_opened' }).lean<StoredNotification[]>();

  describe('before the opening day (UTC)', () => {
    it('leaves the cycle planned and tells nobody', async () => {
      expect(await openDueCycles(new Date('2027-01-14T23:59:59Z'), notifications)).toBe(0);
      expect((await stored(cycleId)).status).toBe('planned');
      expect(await openings()).toEqual([]);
      expect(await AuditEntry.countDocuments()).toBe(0);
    });
  });

  describe('from the first moment of the opening day', () => {
    it('opens the cycle, audits it as the system did, and tells the expected states as a manual opening does', async () => {
      const now = new Date('2027-01-15T00:00:00Z');
      expect(await openDueCycles(now, notifications)).toBe(1);

      const cycle = await stored(cycleId);
      expect(cycle.status).toBe('open');
      expect(cycle.revision).toBe(2);
      expect(cycle.updatedAt).toEqual(now);
      const audit = await AuditEntry.find({ entityId: cycleId }).lean();
      expect(audit.length).toBe(1);
      expect(audit[0]).toEqual(
        jasmine.objectContaining({
          actor: { id: 'system', email: 'system', name: 'System' },
          action: 'cycle.updated',
          entity: 'cycle',
        }),
      );
      expect((audit[0]?.before as { status: string }).status).toBe('planned');
      expect((audit[0]?.after as { status: string }).status).toBe('open');
      const told = await openings();
      expect(told.map((notification) => String(notification.userId))).toEqual([austria.user.id]);
      expect(told[0]?.text).toEqual({
        en: 'Reporting cycle "2026 annual report" is open: please report by 23:59 UTC on 31 March 2027.',
        ru: 'Открыт отчётный цикл «Ежегодный отчёт 2026»: просим представить отчёт до 23:59 UTC 31 марта 2027 г.',
      });
      expect(await NotificationModel.countDocuments({ userId: france.user.id })).toBe(0);
    });
  });

  describe('when it runs again, or in two server processes at once', () => {
    it('opens the cycle once, with one audit entry and one notification', async () => {
      const runs = await Promise.all([
        openDueCycles(new Date('2027-01-20T10:00:00Z'), notifications),
        openDueCycles(new Date('2027-01-20T10:00:00Z'), notifications),
      ]);
      expect(await openDueCycles(new Date('2027-01-20T11:00:00Z'), notifications)).toBe(0);

      expect(runs.sort()).toEqual([0, 1]);
      expect((await stored(cycleId)).status).toBe('open');
      expect(await AuditEntry.countDocuments({ entityId: cycleId })).toBe(1);
      expect((await openings()).length).toBe(1);
    });
  });

  describe('when the Secretariat opens the cycle by hand at the same moment', () => {
    it('tells each person once, whoever wins', async () => {
      const secretariat = await person(createTestApp(), 'secretariat');
      const [manual] = await Promise.all([
        secretariat.patch(`/api/v1/cycles/${cycleId}`, { status: 'open' }),
        openDueCycles(new Date('2027-01-15T08:00:00Z'), notifications),
      ]);
      // On MongoDB the later of the two writes finds the cycle changed (409); FerretDB lets both through.
      expect([200, 409]).toContain(manual.status);
      expect((await stored(cycleId)).status).toBe('open');
      expect((await openings()).map((notification) => String(notification.userId))).toEqual([austria.user.id]);
    });
  });

  describe('when the Secretariat opened the cycle early', () => {
    it('leaves it alone on the opening day', async () => {
      const secretariat = await person(createTestApp(), 'secretariat');
      await secretariat.patch(`/api/v1/cycles/${cycleId}`, { status: 'open' }).expect(200);
      expect(await openDueCycles(new Date('2027-01-15T08:00:00Z'), notifications)).toBe(0);
      expect(await AuditEntry.countDocuments({ entityId: cycleId, 'actor.id': 'system' })).toBe(0);
      expect((await openings()).length).toBe(1);
    });
  });

  describe('for cycles that are not planned', () => {
    it('leaves closed cycles closed and open ones open, even past their deadline', async () => {
      const closed = await createCycle({ status: 'closed', opensAt: '2026-01-15', deadline: '2026-03-31' });
      const late = await createCycle({ status: 'open', opensAt: '2026-01-15', deadline: '2026-03-31' });
      expect(await openDueCycles(new Date('2027-01-15T12:00:00Z'), notifications)).toBe(1);
      expect((await stored(closed)).status).toBe('closed');
      expect((await stored(late)).status).toBe('open');
      expect((await stored(late)).revision).toBe(1);
    });
  });
});
