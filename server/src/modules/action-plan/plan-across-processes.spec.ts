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
 * Reference data is cached in each server process's memory (ADR 13): a change made through one
 * process must show through another on the same database at its very next request.
 */
describe('Reference data across two server processes', () => {
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
});
