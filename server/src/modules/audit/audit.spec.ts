import type { Role } from '@ppm/shared';
import type { Express } from 'express';
import request from 'supertest';
import { signIn } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { resetDatabase } from '../../testing/test-database.js';
import { AuditEntry } from './audit-entry.model.js';
import type { AuditPage } from './audit-log.js';

const actor = { id: '64b000000000000000000001', email: 'secretariat@icmpd.example', name: 'Secretariat' };
const T1 = new Date('2025-03-01T10:00:00.000Z');
const T2 = new Date('2025-03-02T10:00:00.000Z');
const T3 = new Date('2025-03-03T10:00:00.000Z');

describe('The audit log API', () => {
  let app: Express;

  beforeEach(async () => {
    await resetDatabase();
    app = createTestApp();
    // Five entries; three share the time T2, so paging must not lose or repeat any of them.
    await AuditEntry.create([
      {
        at: T1,
        actor,
        action: 'state.updated',
        entity: 'state',
        entityId: 'AT',
        before: { active: true },
        after: { active: false },
      },
      { at: T2, actor, action: 'action.updated', entity: 'action', entityId: '1.1', before: { n: 1 }, after: { n: 2 } },
      { at: T2, actor, action: 'action.updated', entity: 'action', entityId: '1.2', before: { n: 1 }, after: { n: 2 } },
      { at: T2, actor, action: 'action.retired', entity: 'action', entityId: '1.3' },
      { at: T3, actor, action: 'region.created', entity: 'region', entityId: 'MENA', after: { code: 'MENA' } },
    ]);
  });

  describe('GET /api/v1/audit', () => {
    describe('when nobody is signed in', () => {
      it('answers 401', async () => {
        await request(app).get('/api/v1/audit').expect(401);
      });
    });

    for (const role of ['evaluator', 'focal_point', 'contributor'] as Role[]) {
      describe(`when ${role} asks`, () => {
        it('answers 403', async () => {
          const { agent } = await signIn(app, role);
          await agent.get('/api/v1/audit').expect(403);
        });
      });
    }

    for (const role of ['admin', 'secretariat'] as Role[]) {
      describe(`when ${role} asks`, () => {
        it('lists the entries newest first, with who, when, what and both values', async () => {
          const { agent } = await signIn(app, role);
          const { body } = await agent.get('/api/v1/audit').expect(200);
          expect(body.entries.length).toBe(5);
          expect(body.nextBefore).toBeNull();
          expect(body.entries[0]).toEqual({
            id: jasmine.stringMatching(/^[0-9a-f]{24}$/),
            at: '2025-03-03T10:00:00.000Z',
            actor,
            action: 'region.created',
            entity: 'region',
            entityId: 'MENA',
            before: null,
            after: { code: 'MENA' },
          });
          expect(body.entries[4]).toEqual(
            jasmine.objectContaining({
              at: '2025-03-01T10:00:00.000Z',
              before: { active: true },
              after: { active: false },
            }),
          );
        });
      });
    }

    describe('when the log is read two entries at a time', () => {
      it('walks every entry once, across entries with the same time', async () => {
        const { agent } = await signIn(app, 'secretariat');
        const seen: string[] = [];
        let before: string | null = null;
        let pages = 0;
        do {
          const query: Record<string, string> = before ? { limit: '2', before } : { limit: '2' };
          const page: AuditPage = (await agent.get('/api/v1/audit').query(query).expect(200)).body;
          seen.push(...page.entries.map((entry) => entry.entityId));
          before = page.nextBefore;
          pages += 1;
        } while (before && pages < 10);
        expect(pages).toBe(3);
        expect(seen.length).toBe(5);
        expect(new Set(seen).size).toBe(5);
        expect(seen[0]).toBe('MENA');
        expect(seen[4]).toBe('AT');
      });
    });

    describe('when filtered by entity and time', () => {
      it('returns the matching entries older than the time given', async () => {
        const { agent } = await signIn(app, 'admin');
        const actions = await agent.get('/api/v1/audit?entity=action').expect(200);
        expect((actions.body as AuditPage).entries.map((entry) => entry.entityId).sort()).toEqual([
          '1.1',
          '1.2',
          '1.3',
        ]);
        const older = await agent.get('/api/v1/audit?before=2025-03-02T10:00:00.000Z').expect(200);
        expect((older.body as AuditPage).entries.map((entry) => entry.entityId)).toEqual(['AT']);
      });
    });

    describe('when the query is not acceptable', () => {
      for (const query of [
        'limit=0',
        'limit=201',
        'limit=ten',
        'before=yesterday',
        'entity=Action!',
        'sort=at',
        'entity[$ne]=x',
      ]) {
        it(`answers 400 for ${query}`, async () => {
          const { agent } = await signIn(app, 'admin');
          const response = await agent.get(`/api/v1/audit?${query}`).expect(400);
          expect(response.body.error.code).toBe('validation_failed');
        });
      }
    });
  });
});
