import type { Express } from 'express';
import request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { AuditEntry } from '../audit/audit-entry.model.js';
import { NotificationModel, type StoredNotification } from '../notifications/notification.model.js';
import { createCycle, freshReferenceData, person, type Person } from '../reports/report-fixtures.spec.js';
import { StateModel } from '../states/state.model.js';
import { CycleModel, type StoredCycle } from './cycle.model.js';

describe('Reporting cycles API', () => {
  let app: Express;
  let secretariat: Person;

  const NEW_CYCLE = {
    name: { en: '2026 annual report', ru: 'Ежегодный отчёт 2026' },
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    opensAt: '2027-01-15',
    deadline: '2027-03-31',
  };

  const storedCycle = (id: string) => CycleModel.findById(id).lean<StoredCycle>();

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    secretariat = await person(app, 'secretariat');
  });

  describe('POST /api/v1/cycles', () => {
    describe('when the Secretariat plans a cycle without naming states', () => {
      it('expects every active state and starts it as planned', async () => {
        await StateModel.updateOne({ code: 'RU' }, { $set: { active: false } });
        const { body } = await secretariat.post('/api/v1/cycles', NEW_CYCLE).expect(201);
        expect(body).toEqual({
          id: jasmine.stringMatching(/^[0-9a-f]{24}$/),
          ...NEW_CYCLE,
          expectedStates: jasmine.any(Array),
          status: 'planned',
          deadlineExtensions: [],
        });
        // 50 states in the reference data, Russia made inactive: 49, alphabetical by code.
        expect(body.expectedStates.length).toBe(49);
        expect((body.expectedStates as string[]).slice(0, 4)).toEqual(['AL', 'AM', 'AT', 'AZ']);
        expect(body.expectedStates).not.toContain('RU');
        const stored = await storedCycle(body.id);
        expect(stored?.status).toBe('planned');
        expect(stored?.expectedStates.length).toBe(49);
        expect(await AuditEntry.countDocuments({ action: 'cycle.created', entityId: body.id })).toBe(1);
      });
    });

    describe('when the states are named', () => {
      it('keeps each once', async () => {
        const { body } = await secretariat
          .post('/api/v1/cycles', { ...NEW_CYCLE, expectedStates: ['KZ', 'AT', 'KZ'] })
          .expect(201);
        expect(body.expectedStates).toEqual(['KZ', 'AT']);
      });

      it('answers 400 naming unknown states and creates nothing', async () => {
        const response = await secretariat
          .post('/api/v1/cycles', { ...NEW_CYCLE, expectedStates: ['AT', 'ZZ', 'QQ'] })
          .expect(400);
        expect(response.body.error.details).toEqual([
          { path: 'expectedStates', message: 'ZZ, QQ are not known states' },
        ]);
        expect(await CycleModel.countDocuments()).toBe(0);
      });
    });

    describe('when the input is bad or the person may not', () => {
      it('answers 400 for dates out of order or an operator, 403 to a focal point, 401 without a session; nothing is created', async () => {
        const dates = await secretariat.post('/api/v1/cycles', { ...NEW_CYCLE, deadline: '2027-01-01' }).expect(400);
        expect(dates.body.error.details).toEqual([
          { path: 'deadline', message: 'must not be before the opening date' },
        ]);
        await secretariat.post('/api/v1/cycles', { ...NEW_CYCLE, name: { $gt: '' } }).expect(400);
        await secretariat.post('/api/v1/cycles', { ...NEW_CYCLE, deadline: '31.03.2027' }).expect(400);
        await (await person(app, 'focal_point', 'AT')).post('/api/v1/cycles', NEW_CYCLE).expect(403);
        await (await person(app, 'evaluator')).post('/api/v1/cycles', NEW_CYCLE).expect(403);
        await request(app).post('/api/v1/cycles').send(NEW_CYCLE).expect(401);
        expect(await CycleModel.countDocuments()).toBe(0);
      });
    });
  });

  describe('GET /api/v1/cycles', () => {
    describe('when there are cycles for different states', () => {
      it('shows the Secretariat all, newest period first, and a focal point only those its state reports in', async () => {
        const older = await createCycle({ periodTo: '2025-12-31', periodFrom: '2025-01-01', expectedStates: ['AT'] });
        const newer = await createCycle({ expectedStates: ['KZ'] });
        const all = await secretariat.get('/api/v1/cycles').expect(200);
        expect((all.body as { id: string }[]).map((cycle) => cycle.id)).toEqual([newer, older]);
        const austria = await person(app, 'focal_point', 'AT');
        const mine = await austria.get('/api/v1/cycles').expect(200);
        expect((mine.body as { id: string }[]).map((cycle) => cycle.id)).toEqual([older]);
        await austria.get(`/api/v1/cycles/${newer}`).expect(404);
        await austria.get(`/api/v1/cycles/${older}`).expect(200);
        await secretariat.get('/api/v1/cycles/not-an-id').expect(404);
      });
    });
  });

  describe('PATCH /api/v1/cycles/:cycleId', () => {
    describe('when the Secretariat opens a planned cycle', () => {
      it('opens it and tells the people of each expected state', async () => {
        const id = await createCycle({ status: 'planned', expectedStates: ['AT', 'KZ'] });
        const austria = await person(app, 'focal_point', 'AT');
        const france = await person(app, 'focal_point', 'FR');
        const { body } = await secretariat.patch(`/api/v1/cycles/${id}`, { status: 'open' }).expect(200);
        expect(body.status).toBe('open');
        expect((await storedCycle(id))?.status).toBe('open');
        const told = await NotificationModel.find({ type: 'cycle_opened' }).lean<StoredNotification[]>();
        expect(told.map((notification) => String(notification.userId))).toEqual([austria.user.id]);
        expect(told[0]?.text.en).toBe(
          'Reporting cycle "2026 annual report" is open: please report by 23:59 UTC on 31 December 2099.',
        );
        expect(await NotificationModel.countDocuments({ userId: france.user.id })).toBe(0);
      });
    });

    describe('when it moves on and back', () => {
      it('closes an open cycle and may open a closed one again', async () => {
        const id = await createCycle();
        await secretariat.patch(`/api/v1/cycles/${id}`, { status: 'closed' }).expect(200);
        await secretariat.patch(`/api/v1/cycles/${id}`, { status: 'open' }).expect(200);
        expect((await storedCycle(id))?.status).toBe('open');
      });

      it('refuses planned → closed and open → planned with 409 transition_not_allowed', async () => {
        const planned = await createCycle({ status: 'planned' });
        const skip = await secretariat.patch(`/api/v1/cycles/${planned}`, { status: 'closed' }).expect(409);
        expect(skip.body.error.code).toBe('transition_not_allowed');
        const open = await createCycle();
        await secretariat.patch(`/api/v1/cycles/${open}`, { status: 'planned' }).expect(409);
        expect((await storedCycle(planned))?.status).toBe('planned');
        expect((await storedCycle(open))?.status).toBe('open');
      });
    });

    describe('when fields change', () => {
      it('changes name and states, and checks the dates against the stored ones', async () => {
        const id = await createCycle();
        const { body } = await secretariat
          .patch(`/api/v1/cycles/${id}`, { name: { en: '2026 report', ru: 'Отчёт 2026' }, expectedStates: ['AT'] })
          .expect(200);
        expect(body.name).toEqual({ en: '2026 report', ru: 'Отчёт 2026' });
        expect(body.expectedStates).toEqual(['AT']);
        // Stored opensAt is 2026-01-15: a deadline before it does not fit.
        const bad = await secretariat.patch(`/api/v1/cycles/${id}`, { deadline: '2026-01-01' }).expect(400);
        expect(bad.body.error.details).toEqual([{ path: 'deadline', message: 'must not be before the opening date' }]);
        expect((await storedCycle(id))?.deadline).toBe('2099-12-31');
        await (await person(app, 'focal_point', 'AT')).patch(`/api/v1/cycles/${id}`, { status: 'closed' }).expect(403);
      });
    });
  });

  describe('POST /api/v1/cycles/:cycleId/deadline-extensions', () => {
    describe('when the Secretariat extends one state’s deadline, twice', () => {
      it('keeps the latest extension for that state and tells its people', async () => {
        const id = await createCycle({ deadline: '2026-03-31' });
        const georgia = await person(app, 'focal_point', 'GE');
        await secretariat
          .post(`/api/v1/cycles/${id}/deadline-extensions`, { stateCode: 'GE', deadline: '2026-04-15' })
          .expect(200);
        const { body } = await secretariat
          .post(`/api/v1/cycles/${id}/deadline-extensions`, { stateCode: 'GE', deadline: '2026-04-30' })
          .expect(200);
        expect(body.deadlineExtensions).toEqual([{ stateCode: 'GE', deadline: '2026-04-30' }]);
        expect((await storedCycle(id))?.deadlineExtensions).toEqual([{ stateCode: 'GE', deadline: '2026-04-30' }]);
        const told = await NotificationModel.find({ userId: georgia.user.id, type: 'deadline_extended' })
          .sort({ createdAt: 1 })
          .lean<StoredNotification[]>();
        expect(told.map((notification) => notification.text.en)).toEqual([
          'The deadline of Georgia for "2026 annual report" was extended to 23:59 UTC on 15 April 2026.',
          'The deadline of Georgia for "2026 annual report" was extended to 23:59 UTC on 30 April 2026.',
        ]);
      });
    });

    describe('when two people extend deadlines of two states at the same moment', () => {
      // Which of the two reads the cycle first is up to timing: both may be saved one after the
      // other, or the second refused. Either way nothing confirmed is lost.
      it('keeps every extension it confirmed and none it refused', async () => {
        const id = await createCycle({ deadline: '2026-03-31' });
        const colleague = await person(app, 'secretariat');
        const asked = [
          { stateCode: 'GE', deadline: '2026-04-15' },
          { stateCode: 'KZ', deadline: '2026-04-30' },
        ];
        const answers = await Promise.all([
          secretariat.post(`/api/v1/cycles/${id}/deadline-extensions`, asked[0]),
          colleague.post(`/api/v1/cycles/${id}/deadline-extensions`, asked[1]),
        ]);

        const confirmed = asked.filter((_, index) => answers[index]!.status === 200);
        const refused = answers.filter((answer) => answer.status !== 200);
        expect(confirmed.length).toBeGreaterThanOrEqual(1);
        for (const answer of refused) expect(answer.body.error.code).toBe('cycle_changed');
        const stored = (await storedCycle(id))?.deadlineExtensions;
        expect(stored).toEqual(jasmine.arrayWithExactContents(confirmed));
      });
    });

    describe('when the extension does not fit', () => {
      it('answers 400 for a state not expected or a date not after the deadline, 403 to others; nothing changes', async () => {
        const id = await createCycle({ deadline: '2026-03-31' });
        const notExpected = await secretariat
          .post(`/api/v1/cycles/${id}/deadline-extensions`, { stateCode: 'FR', deadline: '2026-04-30' })
          .expect(400);
        expect(notExpected.body.error.details).toEqual([
          { path: 'stateCode', message: 'FR is not expected to report in this cycle' },
        ]);
        await secretariat
          .post(`/api/v1/cycles/${id}/deadline-extensions`, { stateCode: 'GE', deadline: '2026-03-31' })
          .expect(400);
        await (
          await person(app, 'focal_point', 'GE')
        )
          .post(`/api/v1/cycles/${id}/deadline-extensions`, { stateCode: 'GE', deadline: '2026-04-30' })
          .expect(403);
        expect((await storedCycle(id))?.deadlineExtensions).toEqual([]);
      });
    });
  });
});
