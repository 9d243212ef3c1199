import type { Express } from 'express';
import { createTestApp } from '../../testing/test-app.js';
import { ReportModel } from './report.model.js';
import { readContent } from './report-content.js';
import {
  ACTION_CODES,
  allAnswered,
  answered,
  createCycle,
  freshReferenceData,
  person,
  reportUrl,
  type Person,
} from './report-fixtures.spec.js';

describe('Reports while the Secretariat changes the action plan', () => {
  let app: Express;
  let focalPoint: Person;
  let secretariat: Person;
  let cycleId: string;

  const codesOf = (body: { entries: { actionCode: string }[] }) => body.entries.map((entry) => entry.actionCode);

  async function planVersion(): Promise<number> {
    return ((await secretariat.get('/api/v1/action-plan').expect(200)).body as { version: number }).version;
  }

  async function addAction(areaCode: string): Promise<void> {
    await secretariat
      .post(`/api/v1/action-plan/areas/${areaCode}/actions`, {
        version: await planVersion(),
        title: { en: 'Joint return flights', ru: 'Совместные рейсы возвращения' },
      })
      .expect(201);
  }

  async function retire(actionCode: string): Promise<void> {
    await secretariat
      .patch(`/api/v1/action-plan/actions/${actionCode}`, { version: await planVersion(), retired: true })
      .expect(200);
  }

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    focalPoint = await person(app, 'focal_point', 'AT');
    secretariat = await person(app, 'secretariat');
    cycleId = await createCycle();
    await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] }).expect(200);
  });

  it('shows an action added during the cycle in a draft already begun, unanswered, in plan order', async () => {
    await addAction('4');

    const { body } = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
    // Area 4 had 4.1 … 4.8: the new action is 4.9, between 4.8 and 5.1.
    expect(codesOf(body)).toEqual([...ACTION_CODES.slice(0, 35), '4.9', ...ACTION_CODES.slice(35)]);
    expect(body.entries[35]).toEqual(
      jasmine.objectContaining({ actionCode: '4.9', participation: null, status: null, carriedOver: false }),
    );
    expect(body.entries[0]).toEqual(jasmine.objectContaining({ actionCode: '1.1', status: 'limited' }));
    // 1 of 54 answered: 1.85 %, shown as 1 (percentages round down, so 100 means all done).
    expect(body.completeness.overall).toEqual({ complete: 1, total: 54, percent: 1 });
  });

  it('counts the new action in the review list before the state saves again', async () => {
    await addAction('4');

    const { body } = await secretariat.get(`/api/v1/cycles/${cycleId}/reports`).expect(200);
    const austria = (body as { stateCode: string; completeness: unknown }[]).find((row) => row.stateCode === 'AT');
    expect(austria?.completeness).toEqual({ complete: 1, total: 54, percent: 1 });
  });

  it('takes answers to the new action, and refuses a submission until it is answered', async () => {
    await addAction('4');
    const { body: current } = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
    await focalPoint.put(reportUrl(cycleId, 'AT'), { version: current.version, entries: allAnswered() }).expect(200);

    const refused = await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(422);
    expect(refused.body.error.details).toEqual([jasmine.objectContaining({ actionCode: '4.9' })]);

    const { body: before } = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
    await focalPoint.put(reportUrl(cycleId, 'AT'), { version: before.version, entries: [answered('4.9')] }).expect(200);
    await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);
  });

  it('drops a retired action from a draft, and keeps its answers in the earlier revision', async () => {
    await retire('1.1');

    const { body } = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
    expect(codesOf(body)).toEqual(ACTION_CODES.filter((code) => code !== '1.1'));
    expect(body.completeness.overall.total).toBe(52);

    // The next save stores the report without 1.1; the revision before it still holds the answer.
    await focalPoint.put(reportUrl(cycleId, 'AT'), { version: body.version, entries: [answered('2.1')] }).expect(200);
    const header = await ReportModel.findOne({ stateCode: 'AT' }).lean();
    expect(header?.version).toBe(3);
    expect((await readContent(header!._id, 3)).map((entry) => entry.actionCode)).not.toContain('1.1');
    expect((await readContent(header!._id, 2)).find((entry) => entry.actionCode === '1.1')?.narrative.text).toBe(
      'Work on 1.1 started with two national trainings.',
    );
  });

  it('leaves an approved report exactly as it was approved', async () => {
    const { body: draft } = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
    await focalPoint.put(reportUrl(cycleId, 'AT'), { version: draft.version, entries: allAnswered() }).expect(200);
    await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);
    await secretariat.post(`${reportUrl(cycleId, 'AT')}/approve`).expect(200);

    await addAction('4');
    await retire('2.1');

    const { body } = await secretariat.get(reportUrl(cycleId, 'AT')).expect(200);
    expect(codesOf(body)).toEqual(ACTION_CODES);
    expect(body.completeness.overall).toEqual({ complete: 53, total: 53, percent: 100 });
  });
});
