import type { Express } from 'express';
import request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { answered, createCycle, freshReferenceData, person, reportUrl, type Person } from './report-fixtures.spec.js';

describe('Report history API', () => {
  let app: Express;
  let cycleId: string;
  let focalPoint: Person;
  let contributor: Person;

  const EMPTY_EN = { text: '', lang: 'en' };

  /** Revision 1: created; 2: the focal point answers 1.1; 3: the contributor says Austria skips 2.1. */
  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
    focalPoint = await person(app, 'focal_point', 'AT');
    contributor = await person(app, 'contributor', 'AT');
    await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
    await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] }).expect(200);
    await contributor
      .put(reportUrl(cycleId, 'AT'), {
        version: 2,
        entries: [{ actionCode: '2.1', participation: 'not_participating' }],
      })
      .expect(200);
  });

  describe('GET /api/v1/cycles/:cycleId/reports/:stateCode/history', () => {
    describe('when the report was saved twice after its creation', () => {
      it('lists three revisions, newest first, with who changed which fields of which actions', async () => {
        const { body } = await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history`).expect(200);
        expect(body).toEqual([
          {
            version: 3,
            at: jasmine.any(String),
            by: { id: contributor.user.id, name: contributor.user.name, role: 'contributor' },
            kind: 'saved',
            changes: [{ actionCode: '2.1', fields: ['participation'] }],
          },
          {
            version: 2,
            at: jasmine.any(String),
            by: { id: focalPoint.user.id, name: focalPoint.user.name, role: 'focal_point' },
            kind: 'saved',
            changes: [{ actionCode: '1.1', fields: ['participation', 'status', 'narrative'] }],
          },
          {
            version: 1,
            at: jasmine.any(String),
            by: { id: focalPoint.user.id, name: focalPoint.user.name, role: 'focal_point' },
            kind: 'created',
            changes: [],
          },
        ]);
      });

      it('records no revision for a save that changes nothing', async () => {
        const response = await focalPoint
          .put(reportUrl(cycleId, 'AT'), {
            version: 3,
            entries: [{ actionCode: '2.1', participation: 'not_participating' }],
          })
          .expect(200);
        expect(response.body.version).toBe(3);
        const { body } = await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history`).expect(200);
        expect(body.length).toBe(3);
      });
    });

    describe('when someone outside the state or the Secretariat asks', () => {
      it('answers 403 to another state and to an evaluator, 401 without a session, and shows the Secretariat', async () => {
        await (await person(app, 'focal_point', 'KZ')).get(`${reportUrl(cycleId, 'AT')}/history`).expect(403);
        await (await person(app, 'evaluator')).get(`${reportUrl(cycleId, 'AT')}/history`).expect(403);
        await request(app)
          .get(`${reportUrl(cycleId, 'AT')}/history`)
          .expect(401);
        await (await person(app, 'secretariat')).get(`${reportUrl(cycleId, 'AT')}/history`).expect(200);
      });
    });
  });

  describe('GET /api/v1/cycles/:cycleId/reports/:stateCode/history/compare', () => {
    describe('when comparing the first and the last revision', () => {
      it('lists the entries that differ with both values', async () => {
        const { body } = await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history/compare?from=1&to=3`).expect(200);
        expect(body.from.version).toBe(1);
        expect(body.to.version).toBe(3);
        expect(body.entries).toEqual([
          {
            actionCode: '1.1',
            fields: [
              { field: 'participation', from: null, to: 'participating' },
              { field: 'status', from: null, to: 'limited' },
              {
                field: 'narrative',
                from: EMPTY_EN,
                to: { text: 'Work on 1.1 started with two national trainings.', lang: 'en' },
              },
            ],
          },
          { actionCode: '2.1', fields: [{ field: 'participation', from: null, to: 'not_participating' }] },
        ]);
      });
    });

    describe('when comparing two neighbouring revisions, newer first', () => {
      it('shows the one change, from the newer to the older value', async () => {
        const { body } = await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history/compare?from=3&to=2`).expect(200);
        expect(body.entries).toEqual([
          { actionCode: '2.1', fields: [{ field: 'participation', from: 'not_participating', to: null }] },
        ]);
      });
    });

    describe('when the query is wrong', () => {
      it('answers 404 for an unknown revision and 400 for a malformed or injected one', async () => {
        const notFound = await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history/compare?from=1&to=9`).expect(404);
        expect(notFound.body.error.message).toBe('There is no revision 9 of this report.');
        await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history/compare?from=abc&to=2`).expect(400);
        await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history/compare?from[$gt]=0&to=2`).expect(400);
        await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history/compare?to=2`).expect(400);
      });
    });
  });
});
