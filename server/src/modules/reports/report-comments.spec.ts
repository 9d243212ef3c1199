import type { Express } from 'express';
import request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { NotificationModel } from '../notifications/notification.model.js';
import { ReportCommentModel } from './report-comment.model.js';
import { createCycle, freshReferenceData, person, reportUrl, type Person } from './report-fixtures.spec.js';

describe('Report comments API', () => {
  let app: Express;
  let cycleId: string;
  let focalPoint: Person;
  let secretariat: Person;
  const commentsUrl = () => `${reportUrl(cycleId, 'AT')}/comments`;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
    focalPoint = await person(app, 'focal_point', 'AT');
    secretariat = await person(app, 'secretariat');
    await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
  });

  describe('Comment threads on entries', () => {
    describe('when the Secretariat asks about an entry and the focal point answers in Russian', () => {
      it('keeps the thread in order, with authors and languages, per action', async () => {
        const question = await secretariat
          .post(commentsUrl(), { actionCode: '1.2', text: 'Which border crossings are covered?' })
          .expect(201);
        expect(question.body).toEqual({
          id: jasmine.stringMatching(/^[0-9a-f]{24}$/),
          actionCode: '1.2',
          author: { id: secretariat.user.id, name: secretariat.user.name, role: 'secretariat' },
          text: 'Which border crossings are covered?',
          lang: 'en',
          at: jasmine.any(String),
        });
        await focalPoint
          .post(commentsUrl(), { actionCode: '1.2', text: 'Все пункты пропуска на восточной границе.', lang: 'ru' })
          .expect(201);
        await focalPoint.post(commentsUrl(), { actionCode: '1.1', text: 'A question on 1.1.' }).expect(201);

        const thread = await focalPoint.get(`${commentsUrl()}?actionCode=1.2`).expect(200);
        expect(
          (thread.body as { text: string; lang: string }[]).map((comment) => [comment.text, comment.lang]),
        ).toEqual([
          ['Which border crossings are covered?', 'en'],
          ['Все пункты пропуска на восточной границе.', 'ru'],
        ]);
        const all = await secretariat.get(commentsUrl()).expect(200);
        expect((all.body as { actionCode: string }[]).map((comment) => comment.actionCode)).toEqual([
          '1.1',
          '1.2',
          '1.2',
        ]);
        expect(await ReportCommentModel.countDocuments()).toBe(3);
      });

      it('tells the other side: the state hears of the Secretariat’s comment, the Secretariat of the state’s', async () => {
        await secretariat.post(commentsUrl(), { actionCode: '1.2', text: 'Which border crossings?' }).expect(201);
        expect(
          await NotificationModel.countDocuments({
            userId: focalPoint.user.id,
            type: 'comment_added',
            actionCode: '1.2',
          }),
        ).toBe(1);
        await focalPoint.post(commentsUrl(), { actionCode: '1.2', text: 'All of them.' }).expect(201);
        expect(await NotificationModel.countDocuments({ userId: secretariat.user.id, type: 'comment_added' })).toBe(1);
      });
    });

    describe('when the comment is bad or misplaced', () => {
      it('answers 400 for an unknown action, an empty text or an operator, and stores nothing', async () => {
        const unknown = await focalPoint.post(commentsUrl(), { actionCode: '9.9', text: 'Hello' }).expect(400);
        expect(unknown.body.error.details).toEqual([
          { path: 'actionCode', message: '9.9 is not an action of this report' },
        ]);
        await focalPoint.post(commentsUrl(), { actionCode: '1.1', text: '   ' }).expect(400);
        await focalPoint.post(commentsUrl(), { actionCode: '1.1', text: { $gt: '' } }).expect(400);
        await focalPoint.get(`${commentsUrl()}?actionCode[$ne]=1.1`).expect(400);
        expect(await ReportCommentModel.countDocuments()).toBe(0);
      });

      it('answers 403 to another state and an evaluator, and 401 without a session', async () => {
        await (
          await person(app, 'contributor', 'KZ')
        )
          .post(commentsUrl(), { actionCode: '1.1', text: 'Hi' })
          .expect(403);
        await (await person(app, 'focal_point', 'KZ')).get(commentsUrl()).expect(403);
        await (await person(app, 'evaluator')).get(commentsUrl()).expect(403);
        await request(app).get(commentsUrl()).expect(401);
        expect(await ReportCommentModel.countDocuments()).toBe(0);
      });
    });
  });
});
