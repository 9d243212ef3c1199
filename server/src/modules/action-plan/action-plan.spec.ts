import type { ActionPlanView, Role } from '@ppm/shared';
import type { Express } from 'express';
import request from 'supertest';
import { bearerFor, signIn } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase, silentLogger } from '../../testing/test-database.js';
import { AuditEntry } from '../audit/audit-entry.model.js';
import { seedActionPlan, seedStatesAndRegions } from '../reference/seed-reference-data.js';
import { ActionPlanModel, type StoredPlan } from './action-plan.model.js';

const AREA_1_TITLE = {
  en: 'Preventing and fighting illegal migration',
  ru: 'Предотвращение незаконной миграции и борьба с ней',
};
const AREA_1_SHORT = { en: 'Irregular migration', ru: 'Нерегулярная миграция' };
const ACTION_1_1 = {
  en: 'Exchange information and joint risk analysis on irregular migration routes',
  ru: 'Обмен информацией и совместный анализ рисков на маршрутах нерегулярной миграции',
};
const ACTION_1_2 = {
  en: 'Strengthen integrated border management capacities',
  ru: 'Укрепление потенциала комплексного управления границами',
};
const NEW_TITLE = {
  en: 'Joint risk analysis of migration routes',
  ru: 'Совместный анализ рисков на миграционных маршрутах',
};

describe('The action plan API', () => {
  let app: Express;

  beforeEach(async () => {
    await resetDatabase();
    await seedStatesAndRegions(silentLogger);
    await seedActionPlan(silentLogger);
    app = createTestApp();
  });

  /** The plan in a response body. */
  function planIn(response: { body: unknown }): ActionPlanView {
    return response.body as ActionPlanView;
  }

  /** What the database now holds: the latest version of the plan (read past the cache). */
  function storedPlan() {
    return ActionPlanModel.findOne()
      .sort({ version: -1 })
      .lean<StoredPlan>()
      .then((plan) => plan!);
  }

  async function secretariat() {
    const { agent, csrf, user } = await signIn(app, 'secretariat');
    return {
      user,
      patch: (url: string, body: object) => agent.patch(url).set('X-XSRF-TOKEN', csrf).send(body),
      post: (url: string, body: object) => agent.post(url).set('X-XSRF-TOKEN', csrf).send(body),
      put: (url: string, body: object) => agent.put(url).set('X-XSRF-TOKEN', csrf).send(body),
    };
  }

  describe('GET /api/v1/action-plan', () => {
    describe('when nobody is signed in', () => {
      it('answers 401', async () => {
        const response = await request(app).get('/api/v1/action-plan').expect(401);
        expect(response.body.error.code).toBe('unauthenticated');
      });
    });

    describe('when a focal point is signed in', () => {
      it('returns the seeded plan: 6 areas and 53 actions in stored order, version 1, illustrative', async () => {
        const { agent } = await signIn(app, 'focal_point');
        const body = planIn(await agent.get('/api/v1/action-plan').expect(200));
        expect(Object.keys(body).sort()).toEqual(['actionsAreIllustrative', 'areas', 'period', 'title', 'version']);
        expect(body.title.en).toBe('Prague Process Action Plan 2023-2027');
        expect(body.period).toEqual({ from: 2023, to: 2027 });
        expect(body.version).toBe(1);
        expect(body.actionsAreIllustrative).toBeTrue();
        expect(body.areas.map((area) => area.code)).toEqual(['1', '2', '3', '4', '5', '6']);
        expect(body.areas.map((area) => area.actions.length)).toEqual([9, 9, 9, 8, 9, 9]);
        expect(body.areas[0]!.title).toEqual(AREA_1_TITLE);
        expect(body.areas[0]!.shortTitle).toEqual(AREA_1_SHORT);
        expect(body.areas[0]!.actions[0]).toEqual({ code: '1.1', title: ACTION_1_1, retired: false });
        expect(body.areas[3]!.actions.at(-1)?.code).toBe('4.8');
      });
    });

    describe('when a program calls with an evaluator token', () => {
      it('returns the plan too', async () => {
        const { authorization } = await bearerFor(app, 'evaluator');
        const { body } = await request(app).get('/api/v1/action-plan').set('Authorization', authorization).expect(200);
        expect(body.areas.length).toBe(6);
      });
    });

    describe('when the client sends back the ETag it was given', () => {
      it('answers 304 without a body while the plan is unchanged, and 200 with a new ETag after a change', async () => {
        const { authorization } = await bearerFor(app, 'secretariat');
        const get = (etag?: string) =>
          request(app)
            .get('/api/v1/action-plan')
            .set('Authorization', authorization)
            .set(etag ? { 'If-None-Match': etag } : {});
        const first = await get().expect(200);
        const etag = first.headers['etag']!;
        expect(first.headers['cache-control']).toBe('private, no-cache');
        expect(first.headers['content-type']).toBe('application/json; charset=utf-8');

        const unchanged = await get(etag).expect(304);
        expect(unchanged.text).toBeFalsy();
        expect(unchanged.headers['etag']).toBe(etag);

        await request(app)
          .patch('/api/v1/action-plan/actions/1.2')
          .set('Authorization', authorization)
          .send({ version: 1, retired: true })
          .expect(200);
        const changed = await get(etag).expect(200);
        expect(changed.headers['etag']).not.toBe(etag);
        expect(planIn(changed).version).toBe(2);
        expect(planIn(changed).areas[0]!.actions[1]!.retired).toBeTrue();
      });
    });
  });

  describe('editing the action plan', () => {
    const writes: {
      name: string;
      send: (test: request.Test) => request.Test;
      method: 'patch' | 'post' | 'put';
      url: string;
    }[] = [
      {
        name: 'edit an area',
        method: 'patch',
        url: '/api/v1/action-plan/areas/1',
        send: (t) => t.send({ version: 1, title: NEW_TITLE }),
      },
      {
        name: 'add an action',
        method: 'post',
        url: '/api/v1/action-plan/areas/4/actions',
        send: (t) => t.send({ version: 1, title: NEW_TITLE }),
      },
      {
        name: 'edit an action',
        method: 'patch',
        url: '/api/v1/action-plan/actions/1.1',
        send: (t) => t.send({ version: 1, retired: true }),
      },
      {
        name: 'reorder an area',
        method: 'put',
        url: '/api/v1/action-plan/areas/4/order',
        send: (t) => t.send({ version: 1, actionCodes: ['4.8', '4.7', '4.6', '4.5', '4.4', '4.3', '4.2', '4.1'] }),
      },
    ];

    for (const write of writes) {
      describe(`when someone other than the Secretariat tries to ${write.name}`, () => {
        it('answers 401 to an anonymous caller and changes nothing', async () => {
          const response = await write.send(request(app)[write.method](write.url)).expect(401);
          expect(response.body.error.code).toBe('unauthenticated');
          expect((await storedPlan()).version).toBe(1);
        });

        for (const role of ['admin', 'evaluator', 'focal_point', 'contributor'] as Role[]) {
          it(`answers 403 to ${role} and changes nothing`, async () => {
            const { agent, csrf } = await signIn(app, role);
            const response = await write.send(agent[write.method](write.url).set('X-XSRF-TOKEN', csrf)).expect(403);
            expect(response.body.error.code).toBe('forbidden');
            expect((await storedPlan()).version).toBe(1);
          });
        }
      });

      describe(`when the Secretariat's browser tries to ${write.name} without the CSRF header`, () => {
        it('answers 403 csrf_failed and changes nothing', async () => {
          const { agent } = await signIn(app, 'secretariat');
          const response = await write.send(agent[write.method](write.url)).expect(403);
          expect(response.body.error.code).toBe('csrf_failed');
          expect((await storedPlan()).version).toBe(1);
        });
      });
    }

    describe('when a program with a Secretariat token edits', () => {
      it('needs no CSRF header', async () => {
        const { authorization } = await bearerFor(app, 'secretariat');
        await request(app)
          .patch('/api/v1/action-plan/areas/1')
          .set('Authorization', authorization)
          .send({ version: 1, shortTitle: NEW_TITLE })
          .expect(200);
        expect((await storedPlan()).areas[0]?.shortTitle).toEqual(NEW_TITLE);
      });
    });
  });

  describe('PATCH /api/v1/action-plan/areas/:areaCode', () => {
    describe('when the Secretariat changes the title in both languages', () => {
      it('stores it, increments the version and audits the old and new value', async () => {
        const { patch, user } = await secretariat();
        const { body } = await patch('/api/v1/action-plan/areas/1', { version: 1, title: NEW_TITLE }).expect(200);
        expect(body.version).toBe(2);
        expect(body.areas[0].title).toEqual(NEW_TITLE);
        expect(body.areas[0].shortTitle).toEqual(AREA_1_SHORT);

        const plan = await storedPlan();
        expect(plan.version).toBe(2);
        expect(plan.areas[0]?.title).toEqual(NEW_TITLE);
        const audit = await AuditEntry.find().lean();
        expect(audit.length).toBe(1);
        expect(audit[0]).toEqual(
          jasmine.objectContaining({
            actor: { id: user.id, email: user.email, name: user.name },
            action: 'area.updated',
            entity: 'area',
            entityId: '1',
            before: { title: AREA_1_TITLE, shortTitle: AREA_1_SHORT },
            after: { title: NEW_TITLE, shortTitle: AREA_1_SHORT },
          }),
        );
      });
    });

    describe('when the edit is based on an older version', () => {
      it('answers 409 stale_version with the current version, and keeps the newer change', async () => {
        const { patch } = await secretariat();
        await patch('/api/v1/action-plan/areas/1', { version: 1, title: NEW_TITLE }).expect(200);
        const response = await patch('/api/v1/action-plan/areas/1', {
          version: 1,
          title: { en: 'Late', ru: 'Поздно' },
        }).expect(409);
        expect(response.body.error.code).toBe('stale_version');
        expect(response.body.error.details).toEqual({ currentVersion: 2 });
        const plan = await storedPlan();
        expect(plan.version).toBe(2);
        expect(plan.areas[0]?.title).toEqual(NEW_TITLE);
        expect(await AuditEntry.countDocuments()).toBe(1);
      });
    });

    describe('when four edits based on the same version arrive together', () => {
      it('applies exactly one and refuses the others with 409', async () => {
        const { patch } = await secretariat();
        const areaCodes = ['1', '2', '3', '4'];
        const responses = await Promise.all(
          areaCodes.map((code) =>
            patch(`/api/v1/action-plan/areas/${code}`, {
              version: 1,
              title: { en: `New ${code}`, ru: `Новое ${code}` },
            }),
          ),
        );
        expect(responses.map((response) => response.status).sort()).toEqual([200, 409, 409, 409]);
        const plan = await storedPlan();
        expect(plan.version).toBe(2);
        expect(plan.areas.filter((area) => area.title.en.startsWith('New ')).length).toBe(1);
        expect(await AuditEntry.countDocuments()).toBe(1);
      });
    });

    describe('when the input is not acceptable', () => {
      const bad: [string, object][] = [
        ['an unknown field', { version: 1, title: NEW_TITLE, colour: 'red' }],
        ['an unknown key in the title', { version: 1, title: { ...NEW_TITLE, de: 'Titel' } }],
        ['a query operator where a title is expected', { version: 1, title: { en: { $gt: '' }, ru: 'x' } }],
        ['a blank Russian title', { version: 1, title: { en: 'Title', ru: '   ' } }],
        ['a title of 501 characters', { version: 1, title: { en: 'x'.repeat(501), ru: 'x' } }],
        ['a version given as text', { version: '1', title: NEW_TITLE }],
        ['no version', { title: NEW_TITLE }],
        ['nothing to change', { version: 1 }],
      ];
      for (const [what, body] of bad) {
        it(`answers 400 for ${what} and changes nothing`, async () => {
          const { patch } = await secretariat();
          const response = await patch('/api/v1/action-plan/areas/1', body).expect(400);
          expect(response.body.error.code).toBe('validation_failed');
          expect(response.body.error.details.length).toBeGreaterThan(0);
          expect((await storedPlan()).version).toBe(1);
        });
      }

      it('answers 404 for an area that does not exist', async () => {
        const { patch } = await secretariat();
        const response = await patch('/api/v1/action-plan/areas/7', { version: 1, title: NEW_TITLE }).expect(404);
        expect(response.body.error).toEqual({ code: 'not_found', message: 'There is no area 7 in the action plan.' });
      });

      it('answers 404 for a path that is not an area code', async () => {
        const { patch } = await secretariat();
        await patch('/api/v1/action-plan/areas/x1', { version: 1, title: NEW_TITLE }).expect(404);
      });
    });
  });

  describe('POST /api/v1/action-plan/areas/:areaCode/actions', () => {
    describe('when the Secretariat adds an action to area 4 (8 actions)', () => {
      it('answers 201 with the plan, the new action being 4.9 at the end, and audits it', async () => {
        const { post } = await secretariat();
        const response = await post('/api/v1/action-plan/areas/4/actions', { version: 1, title: NEW_TITLE }).expect(
          201,
        );
        expect(response.headers['location']).toBe('/api/v1/action-plan/actions/4.9');
        expect(response.body.version).toBe(2);
        expect(response.body.areas[3].actions.length).toBe(9);
        expect(response.body.areas[3].actions[8]).toEqual({ code: '4.9', title: NEW_TITLE, retired: false });
        expect((await storedPlan()).areas[3]?.actions.map((action) => action.code).at(-1)).toBe('4.9');
        const audit = await AuditEntry.findOne({ action: 'action.created' }).lean();
        expect(audit).toEqual(
          jasmine.objectContaining({
            entity: 'action',
            entityId: '4.9',
            before: null,
            after: { code: '4.9', title: NEW_TITLE, retired: false },
          }),
        );
      });
    });

    describe('when the highest code of the area was retired', () => {
      it('never gives that code out again', async () => {
        const { post, patch } = await secretariat();
        await post('/api/v1/action-plan/areas/4/actions', { version: 1, title: NEW_TITLE }).expect(201);
        await patch('/api/v1/action-plan/actions/4.9', { version: 2, retired: true }).expect(200);
        const body = planIn(
          await post('/api/v1/action-plan/areas/4/actions', { version: 3, title: NEW_TITLE }).expect(201),
        );
        expect(body.areas[3]!.actions.map((action) => action.code).slice(-2)).toEqual(['4.9', '4.10']);
      });
    });

    describe('when the title is missing', () => {
      it('answers 400 naming the field', async () => {
        const { post } = await secretariat();
        const response = await post('/api/v1/action-plan/areas/4/actions', { version: 1 }).expect(400);
        expect(response.body.error.details).toEqual([{ path: 'title', message: jasmine.any(String) }]);
      });
    });
  });

  describe('PATCH /api/v1/action-plan/actions/:actionCode', () => {
    describe('when the Secretariat retires action 1.3', () => {
      it('keeps it in place, marked retired, and audits action.retired', async () => {
        const { patch } = await secretariat();
        const body = planIn(await patch('/api/v1/action-plan/actions/1.3', { version: 1, retired: true }).expect(200));
        expect(body.areas[0]!.actions.length).toBe(9);
        expect(body.areas[0]!.actions[2]).toEqual(jasmine.objectContaining({ code: '1.3', retired: true }));
        expect(body.areas[0]!.actions.filter((action) => action.retired).length).toBe(1);
        const audit = await AuditEntry.findOne().lean();
        expect(audit?.action).toBe('action.retired');
        expect((audit?.before as { retired: boolean }).retired).toBeFalse();
        expect((audit?.after as { retired: boolean }).retired).toBeTrue();
      });

      it('can bring it back (action.restored)', async () => {
        const { patch } = await secretariat();
        await patch('/api/v1/action-plan/actions/1.3', { version: 1, retired: true }).expect(200);
        const { body } = await patch('/api/v1/action-plan/actions/1.3', { version: 2, retired: false }).expect(200);
        expect(body.areas[0].actions[2].retired).toBeFalse();
        expect((await AuditEntry.find().sort({ at: 1 }).lean()).map((entry) => entry.action)).toEqual([
          'action.retired',
          'action.restored',
        ]);
      });
    });

    describe('when the Secretariat edits the title of 1.2', () => {
      it('stores both languages and audits the old and new title', async () => {
        const { patch } = await secretariat();
        const { body } = await patch('/api/v1/action-plan/actions/1.2', { version: 1, title: NEW_TITLE }).expect(200);
        expect(body.areas[0].actions[1]).toEqual({ code: '1.2', title: NEW_TITLE, retired: false });
        const audit = await AuditEntry.findOne().lean();
        expect(audit).toEqual(
          jasmine.objectContaining({
            action: 'action.updated',
            entity: 'action',
            entityId: '1.2',
            before: { code: '1.2', title: ACTION_1_2, retired: false },
            after: { code: '1.2', title: NEW_TITLE, retired: false },
          }),
        );
      });
    });

    describe('when the change changes nothing', () => {
      it('answers 200 with the same version and writes no audit entry', async () => {
        const { patch } = await secretariat();
        const { body } = await patch('/api/v1/action-plan/actions/1.1', { version: 1, title: ACTION_1_1 }).expect(200);
        expect(body.version).toBe(1);
        expect(await AuditEntry.countDocuments()).toBe(0);
      });
    });

    describe('when the action does not exist', () => {
      it('answers 404', async () => {
        const { patch } = await secretariat();
        const response = await patch('/api/v1/action-plan/actions/1.42', { version: 1, retired: true }).expect(404);
        expect(response.body.error.message).toBe('There is no action 1.42 in the action plan.');
      });
    });

    describe('when retired is not a boolean', () => {
      it('answers 400', async () => {
        const { patch } = await secretariat();
        await patch('/api/v1/action-plan/actions/1.1', { version: 1, retired: 'yes' }).expect(400);
        expect((await storedPlan()).areas[0]?.actions[0]?.retired).toBeFalse();
      });
    });
  });

  describe('PUT /api/v1/action-plan/areas/:areaCode/order', () => {
    describe('when the Secretariat sends a permutation of the area codes', () => {
      it('stores the new order and audits old and new order', async () => {
        const { put } = await secretariat();
        const order = ['4.8', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7'];
        const body = planIn(
          await put('/api/v1/action-plan/areas/4/order', { version: 1, actionCodes: order }).expect(200),
        );
        expect(body.areas[3]!.actions.map((action) => action.code)).toEqual(order);
        expect((await storedPlan()).areas[3]?.actions.map((action) => action.code)).toEqual(order);
        const audit = await AuditEntry.findOne().lean();
        expect(audit?.action).toBe('area.actions_reordered');
        expect(audit?.before).toEqual(['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8']);
        expect(audit?.after).toEqual(order);
      });
    });

    describe('when the list is not a permutation of the area codes', () => {
      const cases: [string, string[]][] = [
        ['one is missing', ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7']],
        ['one is listed twice', ['4.1', '4.1', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8']],
        ['one belongs to another area', ['4.1', '1.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.8']],
      ];
      for (const [what, actionCodes] of cases) {
        it(`answers 400 when ${what}, and keeps the order`, async () => {
          const { put } = await secretariat();
          const response = await put('/api/v1/action-plan/areas/4/order', { version: 1, actionCodes }).expect(400);
          expect(response.body.error.details[0].path).toBe('actionCodes');
          const plan = await storedPlan();
          expect(plan.version).toBe(1);
          expect(plan.areas[3]?.actions.map((action) => action.code)).toEqual([
            '4.1',
            '4.2',
            '4.3',
            '4.4',
            '4.5',
            '4.6',
            '4.7',
            '4.8',
          ]);
        });
      }
    });
  });
});
