import type { ActionPlanView, State } from '@ppm/shared';
import type { Express } from 'express';
import request from 'supertest';
import { bearerFor } from '../../testing/auth.js';
import { startSecondServer, type SecondServer } from '../../testing/second-server.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase, silentLogger } from '../../testing/test-database.js';
import { seedActionPlan, seedStatesAndRegions } from '../reference/seed-reference-data.js';

const NEW_ACTION = { en: 'Pilot a shared labour-market information portal', ru: 'Пилотный общий портал рынка труда' };

/**
 * Reference data and cycles are cached in each server process's memory (ADR 13, 24): a change
 * made through one process must show through another on the same database at its very next
 * request.
 */
describe('Reference data and cycles across two server processes', () => {
  let second: SecondServer | undefined;
  let app: Express;
  let authorization: string;

  beforeAll(async () => {
    second = await startSecondServer();
  }, 120_000);
  afterAll(async () => second?.stop(), 30_000);

  beforeEach(async () => {
    await resetDatabase();
    await seedStatesAndRegions(silentLogger);
    await seedActionPlan(silentLogger);
    app = createTestApp();
    authorization = (await bearerFor(app, 'secretariat')).authorization;
  });

  // supertest, not fetch: fetch adds `Cache-Control: no-cache` to conditional requests, which
  // rightly makes a server answer in full.
  function fromSecond(path: string, headers: Record<string, string> = {}) {
    return request(second!.url)
      .get(`/api/v1${path}`)
      .set({ authorization, ...headers });
  }

  describe('when the Secretariat adds an action through this process', () => {
    it('the other process answers with the new plan at once, and not 304 to its old ETag', async () => {
      const before = await fromSecond('/action-plan');
      expect(before.status).toBe(200);
      const oldEtag = before.headers['etag']!;
      expect((before.body as ActionPlanView).version).toBe(1);
      // Asked again: served from the other process's cache, unchanged.
      expect((await fromSecond('/action-plan', { 'if-none-match': oldEtag })).status).toBe(304);

      await request(app)
        .post('/api/v1/action-plan/areas/3/actions')
        .set('Authorization', authorization)
        .send({ version: 1, title: NEW_ACTION })
        .expect(201);

      const after = await fromSecond('/action-plan', { 'if-none-match': oldEtag });
      expect(after.status).toBe(200);
      expect(after.headers['etag']).not.toBe(oldEtag);
      const plan = after.body as ActionPlanView;
      expect(plan.version).toBe(2);
      expect(plan.areas[2]!.actions.at(-1)).toEqual({ code: '3.10', title: NEW_ACTION, retired: false });
    });
  });

  describe('when the Secretariat deactivates a state through the other process', () => {
    it('this process lists it as inactive at once', async () => {
      const belarus = async () =>
        (
          (await request(app).get('/api/v1/states').set('Authorization', authorization).expect(200)).body as State[]
        ).find((state) => state.code === 'BY');
      expect((await belarus())?.active).toBeTrue();

      await request(second!.url)
        .patch('/api/v1/states/BY')
        .set('Authorization', authorization)
        .send({ active: false })
        .expect(200);

      expect((await belarus())?.active).toBeFalse();
    });
  });

  describe('when the Secretariat creates a cycle and extends a deadline through this process', () => {
    it('the other process lists the cycle and shows the new deadline at once', async () => {
      const cycles = async () => (await fromSecond('/cycles').expect(200)).body as { id: string }[];
      expect(await cycles()).toEqual([]);
      const created = await request(app)
        .post('/api/v1/cycles')
        .set('Authorization', authorization)
        .send({
          name: { en: 'Cycle 2027', ru: 'Цикл 2027' },
          periodFrom: '2027-01-01',
          periodTo: '2027-12-31',
          opensAt: '2028-01-15',
          deadline: '2028-03-31',
        })
        .expect(201);
      const id = (created.body as { id: string }).id;
      expect((await cycles()).map((cycle) => cycle.id)).toEqual([id]);
      const extensions = async () =>
        ((await fromSecond(`/cycles/${id}`).expect(200)).body as { deadlineExtensions: unknown[] }).deadlineExtensions;
      expect(await extensions()).toEqual([]);

      await request(app)
        .post(`/api/v1/cycles/${id}/deadline-extensions`)
        .set('Authorization', authorization)
        .send({ stateCode: 'AT', deadline: '2028-04-30' })
        .expect(200);

      expect(await extensions()).toEqual([{ stateCode: 'AT', deadline: '2028-04-30' }]);
    });
  });
});
