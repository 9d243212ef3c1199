import type { Express } from 'express';
import request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { createCycle, freshReferenceData, person, type Person } from '../reports/report-fixtures.spec.js';
import { EvaluationReplyModel } from './evaluation-reply.model.js';
import { NARRATIVE_AT_11, threeStatesReported } from './evaluation-fixtures.spec.js';

const pluck = (list: unknown, key: string) => (list as Record<string, unknown>[]).map((item) => item[key]);

describe('Evaluation right of reply', () => {
  let app: Express;
  let evaluator: Person;
  let austria: Person;
  let cycleId: string;
  let id: string;
  let base: string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    evaluator = await person(app, 'evaluator');
    const secretariat = await person(app, 'secretariat');
    cycleId = await createCycle();
    await threeStatesReported(app, secretariat, cycleId);
    id = (await evaluator.post('/api/v1/evaluations', { title: { en: 'Evaluation' }, cycleIds: [cycleId] }).expect(201))
      .body.id as string;
    base = `/api/v1/evaluations/${id}`;
    await evaluator
      .patch(base, {
        version: 1,
        findings: [
          {
            areaCode: '1',
            text: { en: 'Risk analysis is shared.' },
            pins: [
              { cycleId, stateCode: 'AT', actionCode: '1.1', kind: 'achievement' },
              { cycleId, stateCode: 'KZ', actionCode: '1.1', kind: 'achievement' },
            ],
          },
        ],
      })
      .expect(200);
    austria = await person(app, 'focal_point', 'AT');
  });

  describe('before a reply window is opened', () => {
    it('keeps focal points out of the passages and replies (403)', async () => {
      const refused = await austria.get(`${base}/passages`).expect(403);
      expect(refused.body.error.code).toBe('reply_window_closed');
      await austria.post(`${base}/replies`, { target: { kind: 'general' }, text: 'Hello' }).expect(403);
      expect((await austria.get('/api/v1/evaluations/reply-windows').expect(200)).body).toEqual([]);
    });
  });

  describe('while the window is open', () => {
    beforeEach(async () => {
      const { body } = await evaluator.post(`${base}/reply-window`, { version: 2, closesOn: '2099-12-31' }).expect(200);
      expect(body.replyWindow).toEqual({
        openedAt: jasmine.any(String),
        closesOn: '2099-12-31',
        closedAt: null,
        open: true,
      });
      expect(body.version).toBe(3);
    });

    it('shows a focal point only its own state: response, figures, quotations and the findings citing it', async () => {
      const windows = await austria.get('/api/v1/evaluations/reply-windows').expect(200);
      expect(windows.body).toEqual([{ evaluationId: id, title: { en: 'Evaluation', ru: '' }, closesOn: '2099-12-31' }]);
      const { body } = await austria.get(`${base}/passages`).expect(200);
      expect(body.stateCode).toBe('AT');
      expect(body.response).toEqual([{ cycleId, status: 'approved', expected: true }]);
      // Austria in area 1: 1.1 completed (3) and 1.2 limited (1): (3 + 1) / 2 / 3 = 66.7.
      expect(body.figures.areas[0]).toEqual({ code: '1', score: 66.7, participating: 2 });
      expect(new Set(pluck(body.quotes, 'stateCode'))).toEqual(new Set(['AT']));
      expect(body.findings.length).toBe(1);
      expect(pluck(body.findings[0].quotes, 'text')).toEqual([NARRATIVE_AT_11]);
      await austria.get(`${base}/passages?stateCode=KZ`).expect(403);
      // Everything else about the evaluation stays closed to the focal point.
      await austria.get(base).expect(403);
      await austria.get(`${base}/evidence`).expect(403);
    });

    it('takes replies from focal points only, shows each state its own, and records how each was handled', async () => {
      const reply = await austria
        .post(`${base}/replies`, {
          target: { kind: 'quote', cycleId, actionCode: '1.1', quoteKind: 'achievement' },
          text: 'It was 140 officers.',
        })
        .expect(201);
      expect(reply.body).toEqual(
        jasmine.objectContaining({
          stateCode: 'AT',
          text: 'It was 140 officers.',
          handling: null,
          version: 1,
          evaluationId: id,
        }),
      );
      await (
        await person(app, 'contributor', 'AT')
      )
        .post(`${base}/replies`, { target: { kind: 'general' }, text: 'x' })
        .expect(403);
      await (
        await person(app, 'admin')
      )
        .post(`${base}/replies`, { target: { kind: 'general' }, text: 'x' })
        .expect(403);
      await evaluator.post(`${base}/replies`, { target: { kind: 'general' }, text: 'x' }).expect(403);
      await austria.post(`${base}/replies`, { target: { kind: 'general' }, text: '' }).expect(400);
      await austria.post(`${base}/replies`, { target: { kind: 'gossip' }, text: 'x' }).expect(400);
      await austria.post(`${base}/replies`, { target: { kind: 'general' }, text: 'x'.repeat(10_001) }).expect(400);
      expect(await EvaluationReplyModel.countDocuments()).toBe(1);

      const kazakhstan = await person(app, 'focal_point', 'KZ');
      expect((await kazakhstan.get(`${base}/replies`).expect(200)).body).toEqual([]);
      expect(pluck((await evaluator.get(`${base}/replies`).expect(200)).body, 'text')).toEqual([
        'It was 140 officers.',
      ]);

      const replyUrl = `${base}/replies/${reply.body.id as string}`;
      const handled = await evaluator
        .patch(replyUrl, { version: 1, outcome: 'accepted', note: 'Figure corrected.' })
        .expect(200);
      expect(handled.body.handling).toEqual({
        outcome: 'accepted',
        note: 'Figure corrected.',
        by: { id: evaluator.user.id, name: evaluator.user.name },
        at: jasmine.any(String),
      });
      const stale = await evaluator.patch(replyUrl, { version: 1, outcome: 'noted' }).expect(409);
      expect(stale.body.error.code).toBe('stale_version');
      await austria.patch(replyUrl, { version: 2, outcome: 'noted' }).expect(403);
      await evaluator.patch(replyUrl, { version: 2, outcome: 'brilliant' }).expect(400);
    });

    it('closes: focal points are out again and the final report says how many states replied', async () => {
      await austria.post(`${base}/replies`, { target: { kind: 'general' }, text: 'Thank you.' }).expect(201);
      await evaluator.delete(`${base}/reply-window`).expect(200);
      await austria.get(`${base}/passages`).expect(403);
      await austria.post(`${base}/replies`, { target: { kind: 'general' }, text: 'Late.' }).expect(403);
      await evaluator.delete(`${base}/reply-window`).expect(409);
      await evaluator.post(`${base}/finalize`).expect(200);
      const preview = await evaluator.get(`${base}/preview?lang=en&version=1`).expect(200);
      expect(preview.text).toContain('1 state replied');
    });
  });

  it('answers 401 without credentials and 400 for a window closing in the past', async () => {
    await request(app).get(`${base}/passages`).expect(401);
    await request(app).get(`${base}/replies`).expect(401);
    await request(app).get('/api/v1/evaluations/reply-windows').expect(401);
    await evaluator.post(`${base}/reply-window`, { closesOn: '2001-01-01' }).expect(400);
    await evaluator.post(`${base}/reply-window`, { closesOn: { $gt: '' } }).expect(400);
    await austria.post(`${base}/reply-window`, { closesOn: '2099-01-01' }).expect(403);
  });
});
