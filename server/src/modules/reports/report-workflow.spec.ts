import { closeCycleInDatabase } from '../../testing/cycles.js';
import type { ReportStatus, ReportTransition, Role } from '@ppm/shared';
import type { Express } from 'express';
import request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { readContents } from './report-content.js';
import { ReportContentModel } from './report-content.model.js';
import { ReportEventModel } from './report-event.model.js';
import { ReportModel } from './report.model.js';
import {
  allAnswered,
  createCycle,
  freshReferenceData,
  person,
  reportUrl,
  storedReport,
  type Person,
} from './report-fixtures.spec.js';

describe('Report workflow (submit, return, approve, reopen)', () => {
  let app: Express;
  let cycleId: string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
  });

  /** A focal point of Austria with a complete draft (version 2: created, then answered). */
  async function completeDraft(): Promise<Person> {
    const focalPoint = await person(app, 'focal_point', 'AT');
    await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
    await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 1, entries: allAnswered() }).expect(200);
    return focalPoint;
  }

  async function forceStatus(status: ReportStatus): Promise<void> {
    await ReportModel.updateOne({ cycleId, stateCode: 'AT' }, { $set: { status } });
  }

  describe('The review workflow', () => {
    describe('when a report goes the whole way: submitted, returned, submitted again, approved, reopened', () => {
      it('moves through each status, bumps the version each time and records every step in the timeline', async () => {
        const focalPoint = await completeDraft();
        const secretariat = await person(app, 'secretariat');
        const url = reportUrl(cycleId, 'AT');

        const submitted = await focalPoint.post(`${url}/submit`).expect(200);
        expect(submitted.body.status).toBe('submitted');
        expect(submitted.body.version).toBe(3);
        expect(submitted.body.editable).toBeFalse();
        expect(submitted.body.submittedAt).toEqual(jasmine.any(String));

        const returned = await secretariat
          .post(`${url}/return`, {
            comment: 'Please describe the trainings in 1.1 in more detail.',
            entryComments: [{ actionCode: '1.1', comment: 'How many officers took part?' }],
          })
          .expect(200);
        expect(returned.body.status).toBe('returned');
        expect(returned.body.reviewComment).toBe('Please describe the trainings in 1.1 in more detail.');
        expect(returned.body.entries[0].reviewComment).toBe('How many officers took part?');
        expect(returned.body.entries[1].reviewComment).toBeNull();
        expect(returned.body.editable).toBeTrue();

        const fixed = await focalPoint
          .put(url, {
            version: 4,
            entries: [{ actionCode: '1.1', narrative: { text: '120 border officers trained in 2026.', lang: 'en' } }],
          })
          .expect(200);
        expect(fixed.body.version).toBe(5);
        await focalPoint.post(`${url}/submit`, { comment: 'Details added.' }).expect(200);

        const approved = await secretariat.post(`${url}/approve`).expect(200);
        expect(approved.body.status).toBe('approved');
        expect(approved.body.reviewComment).toBeNull();
        expect(approved.body.entries[0].reviewComment).toBeNull();
        const locked = await focalPoint.put(url, { version: 7, entries: [{ actionCode: '1.2' }] }).expect(409);
        expect(locked.body.error.code).toBe('report_locked');

        const reopened = await secretariat
          .post(`${url}/reopen`, { comment: 'Figures for 3.2 must be corrected.' })
          .expect(200);
        expect(reopened.body.status).toBe('draft');
        expect(reopened.body.version).toBe(8);
        expect(reopened.body.reviewComment).toBe('Figures for 3.2 must be corrected.');

        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.status).toBe('draft');
        expect(stored?.version).toBe(8);
        expect(stored?.reopened).toBeTrue();

        const timeline = await focalPoint.get(`${url}/timeline`).expect(200);
        expect((timeline.body as { type: string }[]).map((event) => event.type)).toEqual([
          'created',
          'submitted',
          'returned',
          'submitted',
          'approved',
          'reopened',
        ]);
        expect(timeline.body[2]).toEqual({
          type: 'returned',
          at: jasmine.any(String),
          by: { id: secretariat.user.id, name: secretariat.user.name, role: 'secretariat' },
          fromStatus: 'submitted',
          toStatus: 'returned',
          comment: 'Please describe the trainings in 1.1 in more detail.',
          entryComments: [{ actionCode: '1.1', comment: 'How many officers took part?' }],
        });
        expect(timeline.body[3].comment).toBe('Details added.');
        expect(timeline.body[5].comment).toBe('Figures for 3.2 must be corrected.');
      });
    });

    describe('when a move keeps the answers', () => {
      it('claims its version with a snapshot that names the answers instead of copying them', async () => {
        const focalPoint = await completeDraft();
        const url = reportUrl(cycleId, 'AT');
        const before = await focalPoint.get(url).expect(200);

        const submitted = await focalPoint.post(`${url}/submit`).expect(200);
        const reportId = (await storedReport(cycleId, 'AT'))!._id;
        const claim = await ReportContentModel.findById(`${String(reportId)}:3`).lean();
        expect(claim?.sameAs).toBe(2);
        expect(claim?.entries.length).toBe(0);
        expect((await storedReport(cycleId, 'AT'))?.contentVersion).toBe(2);
        expect(submitted.body.entries).toEqual(before.body.entries);
        // Read from the database, not from this process's memory of the snapshot.
        expect((await readContents(reportId, [3])).get(3)?.length).toBe(before.body.entries.length);
      });
    });

    describe('when two people of the Secretariat decide on the same submission at the same moment', () => {
      it('takes exactly one decision, answers the other 409, and records one step', async () => {
        const focalPoint = await completeDraft();
        const url = reportUrl(cycleId, 'AT');
        await focalPoint.post(`${url}/submit`).expect(200);
        const [first, second] = [await person(app, 'secretariat'), await person(app, 'secretariat')];

        const answers = await Promise.all([
          first.post(`${url}/approve`),
          second.post(`${url}/return`, { comment: 'Please add the dates of the trainings.' }),
        ]);

        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
        const decided = answers.find((answer) => answer.status === 200)!.body as {
          status: 'approved' | 'returned';
          version: number;
        };
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.status).toBe(decided.status);
        expect(stored?.version).toBe(4);
        const events = await ReportEventModel.find({ reportId: stored?._id }).lean();
        const steps: string[] = events.map((event) => event.type);
        expect(steps.sort()).toEqual(['created', 'submitted', decided.status].sort());
      });
    });

    describe('when the Secretariat reopens a report of a cycle that has closed', () => {
      it('lets the state edit and submit that one report again', async () => {
        const focalPoint = await completeDraft();
        const secretariat = await person(app, 'secretariat');
        const url = reportUrl(cycleId, 'AT');
        await focalPoint.post(`${url}/submit`).expect(200);
        await secretariat.post(`${url}/approve`).expect(200);
        await closeCycleInDatabase(cycleId);

        await secretariat.post(`${url}/reopen`, { comment: 'A late correction.' }).expect(200);
        const saved = await focalPoint
          .put(url, {
            version: 5,
            entries: [
              {
                actionCode: '1.2',
                participation: 'participating',
                status: 'completed',
                narrative: { text: 'Done.', lang: 'en' },
              },
            ],
          })
          .expect(200);
        expect(saved.body.editable).toBeTrue();
        await focalPoint.post(`${url}/submit`).expect(200);
        expect((await storedReport(cycleId, 'AT'))?.status).toBe('submitted');
      });
    });

    describe('when a move is not allowed from the current status', () => {
      // From REPORT_TRANSITIONS, by hand: what each status refuses.
      const refused: [ReportStatus, ReportTransition, Role][] = [
        ['draft', 'return', 'secretariat'],
        ['draft', 'approve', 'secretariat'],
        ['draft', 'reopen', 'secretariat'],
        ['submitted', 'submit', 'focal_point'],
        ['returned', 'return', 'secretariat'],
        ['returned', 'approve', 'secretariat'],
        ['returned', 'reopen', 'secretariat'],
        ['approved', 'submit', 'focal_point'],
        ['approved', 'return', 'secretariat'],
        ['approved', 'approve', 'secretariat'],
      ];
      for (const [status, transition, role] of refused) {
        it(`refuses to ${transition} a ${status} report with 409 and leaves it as it was`, async () => {
          await completeDraft();
          await forceStatus(status);
          const actor = await person(app, role, role === 'focal_point' ? 'AT' : undefined);
          const response = await actor
            .post(`${reportUrl(cycleId, 'AT')}/${transition}`, { comment: 'Because.' })
            .expect(409);
          expect(response.body.error.code).toBe('transition_not_allowed');
          expect(response.body.error.details.status).toBe(status);
          const stored = await storedReport(cycleId, 'AT');
          expect(stored?.status).toBe(status);
          expect(stored?.version).toBe(2);
          expect(await ReportEventModel.countDocuments({ type: { $ne: 'created' } })).toBe(0);
        });
      }
    });

    describe('when a role may not make a move', () => {
      const refused: [ReportTransition, ReportStatus, Role][] = [
        ['submit', 'draft', 'contributor'],
        ['submit', 'draft', 'secretariat'],
        ['submit', 'draft', 'evaluator'],
        ['submit', 'draft', 'admin'],
        ['return', 'submitted', 'focal_point'],
        ['return', 'submitted', 'contributor'],
        ['return', 'submitted', 'evaluator'],
        ['approve', 'submitted', 'focal_point'],
        ['approve', 'submitted', 'contributor'],
        ['approve', 'submitted', 'evaluator'],
        ['approve', 'submitted', 'admin'],
        ['reopen', 'approved', 'focal_point'],
        ['reopen', 'approved', 'evaluator'],
      ];
      for (const [transition, status, role] of refused) {
        it(`answers 403 when a ${role} tries to ${transition} a ${status} report`, async () => {
          await completeDraft();
          await forceStatus(status);
          const actor = await person(app, role, role === 'focal_point' || role === 'contributor' ? 'AT' : undefined);
          const response = await actor
            .post(`${reportUrl(cycleId, 'AT')}/${transition}`, { comment: 'Because.' })
            .expect(403);
          expect(response.body.error.code).toBe('forbidden');
          expect((await storedReport(cycleId, 'AT'))?.status).toBe(status);
        });
      }

      it('answers 403 when the focal point of another state submits Austria’s report', async () => {
        await completeDraft();
        const kazakhstan = await person(app, 'focal_point', 'KZ');
        await kazakhstan.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(403);
        expect((await storedReport(cycleId, 'AT'))?.status).toBe('draft');
      });

      it('answers 401 to a move without a session', async () => {
        await completeDraft();
        await request(app)
          .post(`${reportUrl(cycleId, 'AT')}/submit`)
          .expect(401);
      });
    });

    describe('when a focal point submits a report with unanswered actions', () => {
      it('answers 422 report_incomplete listing per action what is missing, and keeps the draft', async () => {
        const focalPoint = await completeDraft();
        await focalPoint
          .put(reportUrl(cycleId, 'AT'), {
            version: 2,
            entries: [
              { actionCode: '1.1', status: null },
              { actionCode: '2.3', participation: null },
              {
                actionCode: '6.9',
                participation: 'participating',
                status: null,
                narrative: { text: '   ', lang: 'ru' },
              },
            ],
          })
          .expect(200);
        const response = await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(422);
        expect(response.body.error.code).toBe('report_incomplete');
        // 1.1 is entry 0, 2.3 is entry 11 (area 1 has 9 actions), 6.9 is the last of 53.
        expect(response.body.error.details).toEqual([
          { path: 'entries.0', message: 'needs status', actionCode: '1.1', missing: ['status'] },
          { path: 'entries.11', message: 'needs participation', actionCode: '2.3', missing: ['participation'] },
          {
            path: 'entries.52',
            message: 'needs status, narrative',
            actionCode: '6.9',
            missing: ['status', 'narrative'],
          },
        ]);
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.status).toBe('draft');
        expect(stored?.submittedAt).toBeNull();
      });
    });

    describe('when the cycle has closed before the state submitted', () => {
      it('refuses the submission with 409 report_locked', async () => {
        const focalPoint = await completeDraft();
        await closeCycleInDatabase(cycleId);
        const response = await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(409);
        expect(response.body.error.code).toBe('report_locked');
        expect((await storedReport(cycleId, 'AT'))?.status).toBe('draft');
      });
    });

    describe('when the Secretariat sends a move without what it needs', () => {
      it('refuses a reopen without a reason with 400', async () => {
        await completeDraft();
        await forceStatus('approved');
        const secretariat = await person(app, 'secretariat');
        const response = await secretariat.post(`${reportUrl(cycleId, 'AT')}/reopen`, {}).expect(400);
        expect(response.body.error.details).toEqual([
          { path: 'comment', message: 'Invalid input: expected string, received undefined' },
        ]);
        expect((await storedReport(cycleId, 'AT'))?.status).toBe('approved');
      });

      it('refuses a return with a comment on an unknown action with 400 naming it, and changes nothing', async () => {
        await completeDraft();
        await forceStatus('submitted');
        const secretariat = await person(app, 'secretariat');
        const response = await secretariat
          .post(`${reportUrl(cycleId, 'AT')}/return`, {
            comment: 'See 9.9.',
            entryComments: [{ actionCode: '9.9', comment: 'What is this?' }],
          })
          .expect(400);
        expect(response.body.error.message).toBe('Unknown actions: 9.9.');
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.status).toBe('submitted');
        expect(stored?.reviewComment).toBeNull();
      });
    });
  });
});
