import type { Region, Role, State } from '@ppm/shared';
import type { Express } from 'express';
import request from 'supertest';
import { signIn } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase, silentLogger } from '../../testing/test-database.js';
import { AuditEntry } from '../audit/audit-entry.model.js';
import { seedStatesAndRegions } from '../reference/seed-reference-data.js';
import { RegionModel, StateModel } from './state.model.js';

const EASTERN_PARTNERSHIP = { code: 'EAP', name: { en: 'Eastern Partnership', ru: 'Восточное партнёрство' } };
const MENA = { code: 'MENA', name: { en: 'Middle East and North Africa', ru: 'Ближний Восток и Северная Африка' } };

describe('The states and regions API', () => {
  let app: Express;

  beforeEach(async () => {
    await resetDatabase();
    await seedStatesAndRegions(silentLogger);
    app = createTestApp();
  });

  async function secretariat() {
    const { agent, csrf, user } = await signIn(app, 'secretariat');
    return {
      user,
      patch: (url: string, body: object) => agent.patch(url).set('X-XSRF-TOKEN', csrf).send(body),
      post: (url: string, body: object) => agent.post(url).set('X-XSRF-TOKEN', csrf).send(body),
    };
  }

  describe('GET /api/v1/states', () => {
    describe('when nobody is signed in', () => {
      it('answers 401', async () => {
        await request(app).get('/api/v1/states').expect(401);
      });
    });

    describe('when a contributor is signed in', () => {
      it('lists the 50 states sorted by English name, each with code, name, region and active', async () => {
        const { agent } = await signIn(app, 'contributor');
        const { body } = await agent.get('/api/v1/states').expect(200);
        expect(body.length).toBe(50);
        expect((body as State[]).slice(0, 5).map((state) => state.name.en)).toEqual([
          'Albania',
          'Armenia',
          'Austria',
          'Azerbaijan',
          'Belarus',
        ]);
        expect(body[1]).toEqual({ code: 'AM', name: { en: 'Armenia', ru: 'Армения' }, region: 'EAP', active: true });
        const kosovo = (body as State[]).find((state) => state.code === 'XK')!;
        expect(kosovo.name.en).toBe('Kosovo*');
        expect(kosovo.note).toContain('UNSCR 1244');
      });
    });

    describe('when the client sends back the ETag it was given', () => {
      it('answers 304 while nothing changed, and the new list once the Secretariat changed a state', async () => {
        const { agent, csrf } = await signIn(app, 'secretariat');
        const first = await agent.get('/api/v1/states').expect(200);
        const etag = first.headers['etag']!;
        expect(first.headers['cache-control']).toBe('private, no-cache');
        await agent.get('/api/v1/states').set('If-None-Match', etag).expect(304);

        await agent.patch('/api/v1/states/BY').set('X-XSRF-TOKEN', csrf).send({ active: false }).expect(200);
        const changed = await agent.get('/api/v1/states').set('If-None-Match', etag).expect(200);
        expect(changed.headers['etag']).not.toBe(etag);
        expect((changed.body as State[]).find((state) => state.code === 'BY')?.active).toBeFalse();
      });
    });
  });

  describe('GET /api/v1/regions', () => {
    it('lists the 8 regions in reference order to anyone signed in', async () => {
      const { agent } = await signIn(app, 'focal_point');
      const { body } = await agent.get('/api/v1/regions').expect(200);
      expect((body as Region[]).map((region) => region.code)).toEqual([
        'EU',
        'SCH',
        'EAP',
        'WB',
        'CA',
        'TR',
        'RU',
        'UK',
      ]);
      expect(body[2]).toEqual(EASTERN_PARTNERSHIP);
    });

    it('answers 401 when nobody is signed in', async () => {
      await request(app).get('/api/v1/regions').expect(401);
    });

    it('answers 304 to its ETag, and the new list after a region was added', async () => {
      const { agent, csrf } = await signIn(app, 'secretariat');
      const etag = (await agent.get('/api/v1/regions').expect(200)).headers['etag']!;
      await agent.get('/api/v1/regions').set('If-None-Match', etag).expect(304);

      await agent.post('/api/v1/regions').set('X-XSRF-TOKEN', csrf).send(MENA).expect(201);
      const changed = await agent.get('/api/v1/regions').set('If-None-Match', etag).expect(200);
      expect((changed.body as Region[]).at(-1)).toEqual(MENA);
    });
  });

  describe('PATCH /api/v1/states/:code', () => {
    describe('when the Secretariat deactivates Belarus', () => {
      it('stores it, answers with the state and audits the old and new value', async () => {
        const { patch, user } = await secretariat();
        const { body } = await patch('/api/v1/states/BY', { active: false }).expect(200);
        expect(body).toEqual(jasmine.objectContaining({ code: 'BY', region: 'EAP', active: false }));
        expect((await StateModel.findOne({ code: 'BY' }).lean())?.active).toBeFalse();
        const audit = await AuditEntry.findOne().lean();
        expect(audit).toEqual(
          jasmine.objectContaining({
            actor: { id: user.id, email: user.email, name: user.name },
            action: 'state.updated',
            entity: 'state',
            entityId: 'BY',
          }),
        );
        expect((audit?.before as { active: boolean }).active).toBeTrue();
        expect((audit?.after as { active: boolean }).active).toBeFalse();
      });
    });

    describe('when the Secretariat moves a state to another region and renames it', () => {
      it('stores both', async () => {
        const { patch } = await secretariat();
        const name = { en: 'Türkiye', ru: 'Турция' };
        await patch('/api/v1/states/TR', { region: 'EU', name }).expect(200);
        const stored = await StateModel.findOne({ code: 'TR' }).lean();
        expect(stored?.region).toBe('EU');
        expect(stored?.name).toEqual(name);
      });
    });

    describe('when the state does not exist', () => {
      it('answers 404', async () => {
        const { patch } = await secretariat();
        const response = await patch('/api/v1/states/ZZ', { active: false }).expect(404);
        expect(response.body.error).toEqual({ code: 'not_found', message: 'There is no state ZZ.' });
        expect(await AuditEntry.countDocuments()).toBe(0);
      });
    });

    describe('when the region does not exist', () => {
      it('answers 400 on the region field and changes nothing', async () => {
        const { patch } = await secretariat();
        const response = await patch('/api/v1/states/AT', { region: 'XYZ' }).expect(400);
        expect(response.body.error.details).toEqual([{ path: 'region', message: 'XYZ is not a known region' }]);
        expect((await StateModel.findOne({ code: 'AT' }).lean())?.region).toBe('EU');
      });
    });

    describe('when the input is not acceptable', () => {
      const bad: [string, object][] = [
        ['nothing', {}],
        ['an unknown field', { active: false, capital: 'Vienna' }],
        ['active as text', { active: 'false' }],
        ['a query operator as region', { region: { $gt: '' } }],
        ['a blank English name', { name: { en: ' ', ru: 'Австрия' } }],
      ];
      for (const [what, body] of bad) {
        it(`answers 400 for ${what}`, async () => {
          const { patch } = await secretariat();
          await patch('/api/v1/states/AT', body).expect(400);
          expect((await StateModel.findOne({ code: 'AT' }).lean())?.active).toBeTrue();
        });
      }
    });
  });

  describe('POST /api/v1/regions', () => {
    it('creates a region (201) and audits it', async () => {
      const { post } = await secretariat();
      const { body } = await post('/api/v1/regions', MENA).expect(201);
      expect(body).toEqual(MENA);
      expect(await RegionModel.countDocuments()).toBe(9);
      expect((await AuditEntry.findOne().lean())?.action).toBe('region.created');
    });

    it('answers 409 duplicate for an existing code', async () => {
      const { post } = await secretariat();
      const response = await post('/api/v1/regions', { code: 'EU', name: MENA.name }).expect(409);
      expect(response.body.error.code).toBe('duplicate');
      expect(await RegionModel.countDocuments()).toBe(8);
    });

    it('answers 400 for a code that is not 2 to 5 capital letters', async () => {
      const { post } = await secretariat();
      await post('/api/v1/regions', { code: 'middle-east', name: MENA.name }).expect(400);
    });
  });

  describe('PATCH /api/v1/regions/:code', () => {
    it('renames the region and audits old and new name', async () => {
      const { patch } = await secretariat();
      const name = { en: 'Eastern Partnership countries', ru: 'Страны Восточного партнёрства' };
      const { body } = await patch('/api/v1/regions/EAP', { name }).expect(200);
      expect(body).toEqual({ code: 'EAP', name });
      const audit = await AuditEntry.findOne().lean();
      expect(audit?.before).toEqual(EASTERN_PARTNERSHIP);
      expect(audit?.after).toEqual({ code: 'EAP', name });
    });

    it('answers 404 for an unknown region', async () => {
      const { patch } = await secretariat();
      await patch('/api/v1/regions/NONE', { name: MENA.name }).expect(404);
    });
  });

  describe('editing states and regions', () => {
    const writes: [string, 'patch' | 'post', string, object][] = [
      ['deactivate a state', 'patch', '/api/v1/states/AT', { active: false }],
      ['add a region', 'post', '/api/v1/regions', MENA],
      ['rename a region', 'patch', '/api/v1/regions/EU', { name: MENA.name }],
    ];
    for (const [what, method, url, body] of writes) {
      describe(`when someone other than the Secretariat tries to ${what}`, () => {
        it('answers 401 to an anonymous caller', async () => {
          await request(app)[method](url).send(body).expect(401);
        });

        for (const role of ['admin', 'evaluator', 'focal_point', 'contributor'] as Role[]) {
          it(`answers 403 to ${role} and writes nothing`, async () => {
            const { agent, csrf } = await signIn(app, role);
            await agent[method](url).set('X-XSRF-TOKEN', csrf).send(body).expect(403);
            expect(await AuditEntry.countDocuments()).toBe(0);
            expect((await StateModel.findOne({ code: 'AT' }).lean())?.active).toBeTrue();
          });
        }

        it('answers 403 csrf_failed to a Secretariat browser without the CSRF header', async () => {
          const { agent } = await signIn(app, 'secretariat');
          const response = await agent[method](url).send(body).expect(403);
          expect(response.body.error.code).toBe('csrf_failed');
        });
      });
    }
  });
});
