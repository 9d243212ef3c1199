import { closeCycleInDatabase } from '../../testing/cycles.js';
import type { Express } from 'express';
import request from 'supertest';
import { bearerFor } from '../../testing/auth.js';
import { createTestApp } from '../../testing/test-app.js';
import { ReportEventModel } from './report-event.model.js';
import { ReportContentModel } from './report-content.model.js';
import { ReportModel } from './report.model.js';
import { RevisionModel } from './revision.model.js';
import {
  ACTION_CODES,
  allAnswered,
  answered,
  createCycle,
  freshReferenceData,
  person,
  reportUrl,
  storedReport,
} from './report-fixtures.spec.js';

describe('Reports API (read, save, review list)', () => {
  let app: Express;
  let cycleId: string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
  });

  describe('GET /api/v1/cycles/:cycleId/reports/:stateCode', () => {
    describe('when a focal point opens its report for the first time while the cycle is open', () => {
      it('creates an empty draft, version 1, with one entry per action in plan order, and records it', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        const { body } = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
        expect(body.cycleId).toBe(cycleId);
        expect(body.stateCode).toBe('AT');
        expect(body.status).toBe('draft');
        expect(body.version).toBe(1);
        expect(body.editable).toBeTrue();
        expect(body.submittedAt).toBeNull();
        expect(body.reviewComment).toBeNull();
        expect(body.carriedFrom).toBeNull();
        expect(body.entries.length).toBe(53);
        expect((body.entries as { actionCode: string }[]).map((entry) => entry.actionCode)).toEqual(ACTION_CODES);
        expect(body.entries[9]).toEqual({
          actionCode: '2.1',
          participation: null,
          status: null,
          narrative: { text: '', lang: 'en' },
          obstacles: { text: '', lang: 'en' },
          supportNeeded: { categories: [], text: { text: '', lang: 'en' } },
          evidence: { links: [], files: [] },
          indicators: [],
          carriedOver: false,
          reviewComment: null,
        });
        expect(body.completeness.overall).toEqual({ complete: 0, total: 53, percent: 0 });
        expect(body.completeness.byArea['4']).toEqual({ complete: 0, total: 8, percent: 0 });
        expect(await ReportModel.countDocuments()).toBe(1);
        expect(await RevisionModel.countDocuments({ version: 1, kind: 'created' })).toBe(1);
        expect(await ReportEventModel.countDocuments({ type: 'created' })).toBe(1);
      });

      it('creates exactly one report when two first visits arrive together', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        const contributor = await person(app, 'contributor', 'AT');
        const [first, second] = await Promise.all([
          focalPoint.get(reportUrl(cycleId, 'AT')),
          contributor.get(reportUrl(cycleId, 'AT')),
        ]);
        expect([first.status, second.status]).toEqual([200, 200]);
        expect(await ReportModel.countDocuments({ stateCode: 'AT' })).toBe(1);
      });

      it('works the same for a program with the focal point’s bearer token', async () => {
        const { authorization } = await bearerFor(app, 'focal_point', { stateCode: 'KZ' });
        const { body } = await request(app)
          .get(reportUrl(cycleId, 'KZ'))
          .set('Authorization', authorization)
          .expect(200);
        expect(body.stateCode).toBe('KZ');
      });
    });

    describe('when nobody of the state has opened it yet', () => {
      it('answers the Secretariat 404 report_not_started and creates nothing', async () => {
        const secretariat = await person(app, 'secretariat');
        const response = await secretariat.get(reportUrl(cycleId, 'AT')).expect(404);
        expect(response.body.error.code).toBe('report_not_started');
        expect(await ReportModel.countDocuments()).toBe(0);
      });

      it('answers a focal point 404 while the cycle is only planned, and creates nothing', async () => {
        const planned = await createCycle({ status: 'planned' });
        const focalPoint = await person(app, 'focal_point', 'AT');
        await focalPoint.get(reportUrl(planned, 'AT')).expect(404);
        expect(await ReportModel.countDocuments()).toBe(0);
      });

      it('answers 404 to a focal point of a state the cycle does not expect', async () => {
        const focalPoint = await person(app, 'focal_point', 'FR');
        await focalPoint.get(reportUrl(cycleId, 'FR')).expect(404);
        expect(await ReportModel.countDocuments()).toBe(0);
      });
    });

    describe('when someone may not read the report', () => {
      it('answers 403 to the focal point and the contributor of another state', async () => {
        await (await person(app, 'focal_point', 'AT')).get(reportUrl(cycleId, 'AT')).expect(200);
        await (await person(app, 'focal_point', 'KZ')).get(reportUrl(cycleId, 'AT')).expect(403);
        await (await person(app, 'contributor', 'GE')).get(reportUrl(cycleId, 'AT')).expect(403);
      });

      it('answers 403 to an admin and 401 without a session', async () => {
        await (await person(app, 'admin')).get(reportUrl(cycleId, 'AT')).expect(403);
        await request(app).get(reportUrl(cycleId, 'AT')).expect(401);
      });

      it('answers 403 to an evaluator until the report is approved, then shows it', async () => {
        await (await person(app, 'focal_point', 'AT')).get(reportUrl(cycleId, 'AT')).expect(200);
        const evaluator = await person(app, 'evaluator');
        const refused = await evaluator.get(reportUrl(cycleId, 'AT')).expect(403);
        expect(refused.body.error.code).toBe('forbidden');
        await ReportModel.updateOne({ stateCode: 'AT' }, { $set: { status: 'approved' } });
        const { body } = await evaluator.get(reportUrl(cycleId, 'AT')).expect(200);
        expect(body.status).toBe('approved');
        expect(body.editable).toBeFalse();
      });

      it('answers 404 for a path that names no cycle or no state', async () => {
        const secretariat = await person(app, 'secretariat');
        await secretariat.get(reportUrl('not-a-cycle', 'AT')).expect(404);
        await secretariat.get(reportUrl('0123456789abcdef01234567', 'AT')).expect(404);
        await secretariat.get(reportUrl(cycleId, 'at')).expect(404);
      });
    });
  });

  describe('PUT /api/v1/cycles/:cycleId/reports/:stateCode', () => {
    describe('when a focal point saves some entries', () => {
      it('changes only those entries, bumps the version and keeps completeness with the report', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
        const { body } = await focalPoint
          .put(reportUrl(cycleId, 'AT'), {
            version: 1,
            entries: [
              answered('1.1', {
                obstacles: { text: 'Нехватка переводчиков.', lang: 'ru' },
                supportNeeded: {
                  categories: ['training', 'training', 'funding'],
                  text: { text: 'Two trainers.', lang: 'en' },
                },
                links: [{ title: 'National strategy', url: 'https://example.org/strategy.pdf' }],
                indicators: [{ name: 'Officers trained', value: 120, unit: 'persons', note: '' }],
              }),
              { actionCode: '3.4', participation: 'not_participating' },
            ],
          })
          .expect(200);
        expect(body.version).toBe(2);
        expect(body.entries[0]).toEqual({
          actionCode: '1.1',
          participation: 'participating',
          status: 'limited',
          narrative: { text: 'Work on 1.1 started with two national trainings.', lang: 'en' },
          obstacles: { text: 'Нехватка переводчиков.', lang: 'ru' },
          supportNeeded: { categories: ['training', 'funding'], text: { text: 'Two trainers.', lang: 'en' } },
          evidence: { links: [{ title: 'National strategy', url: 'https://example.org/strategy.pdf' }], files: [] },
          indicators: [{ name: 'Officers trained', value: 120, unit: 'persons', note: '' }],
          carriedOver: false,
          reviewComment: null,
        });
        expect(body.entries[1].participation).toBeNull();
        // 2 of 53 complete → 3.77 % → 3; area 1: 1 of 9 → 11; area 3: 1 of 9 → 11.
        expect(body.completeness.overall).toEqual({ complete: 2, total: 53, percent: 3 });
        expect(body.completeness.byArea['1']).toEqual({ complete: 1, total: 9, percent: 11 });
        expect(body.completeness.byArea['3']).toEqual({ complete: 1, total: 9, percent: 11 });
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.version).toBe(2);
        expect(stored?.completeness).toEqual({ complete: 2, total: 53, percent: 3 });
        expect(stored?.entries[21]?.participation).toBe('not_participating'); // 3.4: 9 + 9 + 4th
        expect(stored?.entries[0]?.obstacles).toEqual({ text: 'Нехватка переводчиков.', lang: 'ru' });
      });

      it('creates the draft on a first save without an earlier visit', async () => {
        const focalPoint = await person(app, 'focal_point', 'GE');
        const { body } = await focalPoint
          .put(reportUrl(cycleId, 'GE'), { version: 1, entries: [answered('2.2')] })
          .expect(200);
        expect(body.version).toBe(2);
        expect((await storedReport(cycleId, 'GE'))?.entries[10]?.status).toBe('limited');
      });

      it('clears the status of an action the state stops taking part in', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] }).expect(200);
        const { body } = await focalPoint
          .put(reportUrl(cycleId, 'AT'), {
            version: 2,
            entries: [{ actionCode: '1.1', participation: 'not_participating' }],
          })
          .expect(200);
        expect(body.entries[0].participation).toBe('not_participating');
        expect(body.entries[0].status).toBeNull();
      });

      it('lets a contributor and the Secretariat save a draft too', async () => {
        const contributor = await person(app, 'contributor', 'AT');
        await contributor.put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] }).expect(200);
        const secretariat = await person(app, 'secretariat');
        await secretariat.put(reportUrl(cycleId, 'AT'), { version: 2, entries: [answered('1.2')] }).expect(200);
        expect((await storedReport(cycleId, 'AT'))?.version).toBe(3);
      });
    });

    describe('when two people edit the same version', () => {
      it('saves the first, answers the second 409 stale_version with the current report, and keeps the first', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        const contributor = await person(app, 'contributor', 'AT');
        await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
        const first = { text: 'Written by the focal point.', lang: 'en' as const };
        await focalPoint
          .put(reportUrl(cycleId, 'AT'), { version: 1, entries: [{ actionCode: '1.1', narrative: first }] })
          .expect(200);
        const response = await contributor
          .put(reportUrl(cycleId, 'AT'), {
            version: 1,
            entries: [{ actionCode: '1.1', narrative: { text: 'Written by the contributor.', lang: 'en' } }],
          })
          .expect(409);
        expect(response.body.error.code).toBe('stale_version');
        expect(response.body.error.details.currentVersion).toBe(2);
        expect(response.body.error.details.report.version).toBe(2);
        expect(response.body.error.details.report.entries[0].narrative).toEqual(first);
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.version).toBe(2);
        expect(stored?.entries[0]?.narrative).toEqual(first);
        expect(await RevisionModel.countDocuments()).toBe(2);
      });
    });

    describe('when two saves based on the same version arrive at the same moment', () => {
      it('takes exactly one, answers the other 409, and keeps no snapshot of the loser', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        const contributor = await person(app, 'contributor', 'AT');
        await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
        const [first, second] = await Promise.all([
          focalPoint.put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] }),
          contributor.put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.2')] }),
        ]);
        expect([first.status, second.status].sort()).toEqual([200, 409]);
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.version).toBe(2);
        expect(await ReportContentModel.countDocuments()).toBe(2);
        expect(await RevisionModel.countDocuments()).toBe(2);
      });
    });

    describe('when an earlier save stopped between storing its answers and moving the report', () => {
      it('saves all the same once that half-done save is old, and keeps the new answers', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
        const header = await ReportModel.findOne({ stateCode: 'AT' }).lean();
        // What a server that crashed half-way leaves: answers stored as version 2, header still at 1.
        await ReportContentModel.create({
          _id: `${String(header!._id)}:2`,
          reportId: header!._id,
          version: 2,
          entries: [],
          claimedAt: new Date(Date.now() - 5 * 60_000),
        });

        const { body } = await focalPoint
          .put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] })
          .expect(200);
        expect(body.version).toBe(2);
        expect((await storedReport(cycleId, 'AT'))?.entries.length).toBe(53);
        expect((await storedReport(cycleId, 'AT'))?.entries[0]?.status).toBe('limited');
      });
    });

    describe('when the report cannot be changed now', () => {
      it('answers 409 report_locked for a submitted report and for a closed cycle', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
        await ReportModel.updateOne({ stateCode: 'AT' }, { $set: { status: 'submitted' } });
        const submitted = await focalPoint
          .put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] })
          .expect(409);
        expect(submitted.body.error.code).toBe('report_locked');
        await ReportModel.updateOne({ stateCode: 'AT' }, { $set: { status: 'draft' } });
        await closeCycleInDatabase(cycleId);
        const closed = await focalPoint
          .put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] })
          .expect(409);
        expect(closed.body.error.code).toBe('report_locked');
        expect(closed.body.error.details).toEqual({ status: 'draft', cycleStatus: 'closed' });
        expect((await storedReport(cycleId, 'AT'))?.version).toBe(1);
      });
    });

    describe('when someone may not write the report', () => {
      it('answers 403 to another state, an evaluator and an admin, and changes nothing', async () => {
        await (await person(app, 'focal_point', 'AT')).get(reportUrl(cycleId, 'AT')).expect(200);
        for (const intruder of [
          await person(app, 'focal_point', 'KZ'),
          await person(app, 'contributor', 'KZ'),
          await person(app, 'evaluator'),
          await person(app, 'admin'),
        ]) {
          const response = await intruder
            .put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] })
            .expect(403);
          expect(response.body.error.code).toBe('forbidden');
        }
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.version).toBe(1);
        expect(stored?.entries[0]?.participation).toBeNull();
      });
    });

    describe('when the input is bad', () => {
      const badBodies: [string, unknown, string][] = [
        [
          'a participation that is a number',
          { version: 1, entries: [{ actionCode: '1.1', participation: 5 }] },
          'entries.0.participation',
        ],
        ['a version that is text', { version: '1', entries: [] }, 'version'],
        [
          'an operator instead of a narrative',
          { version: 1, entries: [{ actionCode: '1.1', narrative: { $gt: '' } }] },
          'entries.0.narrative',
        ],
        [
          'an operator instead of an action code',
          { version: 1, entries: [{ actionCode: { $gt: '' } }] },
          'entries.0.actionCode',
        ],
        ['an operator instead of the version', { version: { $gt: 0 }, entries: [] }, 'version'],
        [
          'a narrative of 10,001 characters',
          { version: 1, entries: [{ actionCode: '1.1', narrative: { text: 'x'.repeat(10_001), lang: 'en' } }] },
          'entries.0.narrative.text',
        ],
        [
          'a field the API does not know',
          { version: 1, entries: [{ actionCode: '1.1', approved: true }] },
          'entries.0',
        ],
        [
          'a language other than en or ru',
          { version: 1, entries: [{ actionCode: '1.1', narrative: { text: 'Hallo', lang: 'de' } }] },
          'entries.0.narrative.lang',
        ],
        [
          'a javascript: link',
          { version: 1, entries: [{ actionCode: '1.1', links: [{ title: 'x', url: 'javascript:alert(1)' }] }] },
          'entries.0.links.0.url',
        ],
      ];
      for (const [what, body, path] of badBodies) {
        it(`answers 400 naming ${path} for ${what}, and changes nothing`, async () => {
          const focalPoint = await person(app, 'focal_point', 'AT');
          await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
          const before = await storedReport(cycleId, 'AT');
          const response = await focalPoint.put(reportUrl(cycleId, 'AT'), body as object).expect(400);
          expect(response.body.error.code).toBe('validation_failed');
          const details = response.body.error.details as { path: string; actionCode?: string }[];
          const named = details.find((detail) => detail.path === path);
          expect(named).withContext(JSON.stringify(details)).toBeDefined();
          // A client puts the message on the action's card: it needs the code, when there is one.
          const sentCode = (body as { entries?: { actionCode?: unknown }[] }).entries?.[0]?.actionCode;
          expect(named?.actionCode).toBe(typeof sentCode === 'string' ? sentCode : undefined);
          expect(await storedReport(cycleId, 'AT')).toEqual(before);
        });
      }

      it('answers 400 naming every unknown action code, and changes nothing', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
        const before = await storedReport(cycleId, 'AT');
        const response = await focalPoint
          .put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1'), answered('9.9'), answered('1.99')] })
          .expect(400);
        expect(response.body.error.message).toBe('Unknown actions: 9.9, 1.99.');
        expect(response.body.error.details).toEqual([
          { path: 'entries.1.actionCode', message: '9.9 is not an action of this report', actionCode: '9.9' },
          { path: 'entries.2.actionCode', message: '1.99 is not an action of this report', actionCode: '1.99' },
        ]);
        expect(await storedReport(cycleId, 'AT')).toEqual(before);
      });

      it('answers 400 for a status on an action the state does not take part in', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
        const response = await focalPoint
          .put(reportUrl(cycleId, 'AT'), {
            version: 1,
            entries: [{ actionCode: '1.1', participation: 'not_participating', status: 'completed' }],
          })
          .expect(400);
        expect(response.body.error.details).toEqual([
          {
            path: 'entries.0.status',
            message: 'must be empty when the state does not take part in the action',
            actionCode: '1.1',
          },
        ]);
        expect((await storedReport(cycleId, 'AT'))?.version).toBe(1);
      });

      it('answers 400 for malformed JSON', async () => {
        const focalPoint = await person(app, 'focal_point', 'AT');
        const response = await focalPoint
          .put(reportUrl(cycleId, 'AT'), {})
          .set('Content-Type', 'application/json')
          .send('{"version": 1,');
        expect(response.status).toBe(400);
        expect(response.body.error.code).toBe('invalid_json');
      });
    });
  });

  describe('GET /api/v1/cycles/:cycleId/reports (review list)', () => {
    // Deadline 2020-03-31 (ends 23:59:59.999 UTC), long past; Georgia has an extension to 2099-12-31.
    beforeEach(async () => {
      cycleId = await createCycle({
        deadline: '2020-03-31',
        opensAt: '2020-01-15',
        expectedStates: ['AT', 'GE', 'KZ', 'AM'],
        deadlineExtensions: [{ stateCode: 'GE', deadline: '2099-12-31' }],
      });
      const austria = await person(app, 'focal_point', 'AT');
      await austria.put(reportUrl(cycleId, 'AT'), { version: 1, entries: allAnswered() }).expect(200);
      await austria.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);
      // Austria submitted one hour before the end of the deadline day.
      const onTime = new Date('2020-03-31T23:00:00.000Z');
      await ReportModel.updateOne({ stateCode: 'AT' }, { $set: { firstSubmittedAt: onTime, submittedAt: onTime } });
      const armenia = await person(app, 'focal_point', 'AM');
      await armenia.put(reportUrl(cycleId, 'AM'), { version: 1, entries: allAnswered() }).expect(200);
      await armenia.post(`${reportUrl(cycleId, 'AM')}/submit`).expect(200);
      const georgia = await person(app, 'focal_point', 'GE');
      await georgia
        .put(reportUrl(cycleId, 'GE'), { version: 1, entries: [answered('1.1'), answered('1.2'), answered('5.1')] })
        .expect(200);
    });

    describe('when the Secretariat looks at the cycle', () => {
      it('lists every expected state by code with status, completeness, deadline and the late flag', async () => {
        const secretariat = await person(app, 'secretariat');
        const { body } = await secretariat.get(`/api/v1/cycles/${cycleId}/reports`).expect(200);
        const armenia = await storedReport(cycleId, 'AM');
        const georgia = await storedReport(cycleId, 'GE');
        expect(body).toEqual([
          {
            stateCode: 'AM',
            region: 'EAP',
            status: 'submitted',
            completeness: { complete: 53, total: 53, percent: 100 },
            updatedAt: armenia!.updatedAt.toISOString(),
            submittedAt: armenia!.submittedAt!.toISOString(),
            deadline: '2020-03-31',
            late: true,
          },
          {
            stateCode: 'AT',
            region: 'EU',
            status: 'submitted',
            completeness: { complete: 53, total: 53, percent: 100 },
            updatedAt: jasmine.any(String),
            submittedAt: '2020-03-31T23:00:00.000Z',
            deadline: '2020-03-31',
            late: false,
          },
          {
            // 3 of 53 → 5.66 % → 5
            stateCode: 'GE',
            region: 'EAP',
            status: 'draft',
            completeness: { complete: 3, total: 53, percent: 5 },
            updatedAt: georgia!.updatedAt.toISOString(),
            submittedAt: null,
            deadline: '2099-12-31',
            late: false,
          },
          {
            stateCode: 'KZ',
            region: 'CA',
            status: 'not_started',
            completeness: { complete: 0, total: 53, percent: 0 },
            updatedAt: null,
            submittedAt: null,
            deadline: '2020-03-31',
            late: true,
          },
        ]);
      });

      it('shows an evaluator the same rows', async () => {
        const { body } = await (await person(app, 'evaluator')).get(`/api/v1/cycles/${cycleId}/reports`).expect(200);
        expect((body as { stateCode: string }[]).map((row) => row.stateCode)).toEqual(['AM', 'AT', 'GE', 'KZ']);
      });
    });

    describe('when a state’s focal point looks at the cycle', () => {
      it('shows only its own row', async () => {
        const { body } = await (
          await person(app, 'contributor', 'GE')
        )
          .get(`/api/v1/cycles/${cycleId}/reports`)
          .expect(200);
        expect((body as { stateCode: string }[]).map((row) => row.stateCode)).toEqual(['GE']);
      });
    });

    describe('when an admin asks', () => {
      it('answers 403', async () => {
        await (await person(app, 'admin')).get(`/api/v1/cycles/${cycleId}/reports`).expect(403);
      });
    });
  });
});
