import type { Express } from 'express';
import { createTestApp } from '../../testing/test-app.js';
import { createCycle, freshReferenceData, person, type Person } from '../reports/report-fixtures.spec.js';
import {
  NARRATIVE_AT_11,
  NARRATIVE_KZ_11,
  OBSTACLES_AT_11,
  reportThroughApi,
  threeStatesReported,
} from './evaluation-fixtures.spec.js';

/** One field of each item of a list in a response body. */
const pluck = (list: unknown, key: string) => (list as Record<string, unknown>[]).map((item) => item[key]);

describe('Evaluation evidence (GET /api/v1/evaluations/:id/evidence)', () => {
  let app: Express;
  let evaluator: Person;
  let secretariat: Person;
  let cycleId: string;

  const evaluationOf = async (body: object = {}) =>
    (
      await evaluator
        .post('/api/v1/evaluations', { title: { en: 'Evaluation' }, cycleIds: [cycleId], ...body })
        .expect(201)
    ).body.id as string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    evaluator = await person(app, 'evaluator');
    secretariat = await person(app, 'secretariat');
    cycleId = await createCycle();
    await threeStatesReported(app, secretariat, cycleId);
  });

  describe('when Austria and Kazakhstan are approved and Georgia only submitted', () => {
    it('counts approved reports only, with the dashboard score by hand', async () => {
      const id = await evaluationOf();
      const { body } = await evaluator.get(`/api/v1/evaluations/${id}/evidence`).expect(200);
      expect(body.basis).toBe('approved');
      expect(body.responseRates).toEqual([
        {
          cycleId,
          expected: 3,
          approved: 2,
          byRegion: [
            { regionCode: 'EU', expected: 1, approved: 1 },
            { regionCode: 'EAP', expected: 1, approved: 0 },
            { regionCode: 'CA', expected: 1, approved: 1 },
          ],
        },
      ]);
      // Area 1 has 9 actions. Taking part: AT 1.1 completed (3), AT 1.2 limited (1), KZ 1.1 substantial (2).
      // Score (3 + 1 + 2) / 3 entries / 3 × 100 = 66.7; not taking part: 7 (AT) + 8 (KZ) = 15.
      const area1 = body.areas[0];
      expect(area1).toEqual({
        code: '1',
        reports: 2,
        participating: 3,
        notParticipating: 15,
        unanswered: 0,
        byStatus: { not_started: 0, limited: 1, substantial: 1, completed: 1 },
        score: 66.7,
        baselineScore: null,
        change: null,
      });
      // Action 1.1: (3 + 2) / 2 / 3 × 100 = 83.3; action 1.2: 1 / 1 / 3 × 100 = 33.3.
      expect(body.actions[0]).toEqual(
        jasmine.objectContaining({ code: '1.1', areaCode: '1', participating: 2, score: 83.3 }),
      );
      expect(body.actions[1]).toEqual(
        jasmine.objectContaining({ code: '1.2', participating: 1, notParticipating: 1, score: 33.3 }),
      );
      // Area 2: nobody takes part: no score, 2 × 9 entries not taken part in.
      expect(body.areas[1]).toEqual(
        jasmine.objectContaining({ code: '2', participating: 0, notParticipating: 18, score: null }),
      );
      expect(body.coverage.untouchedActions.length).toBe(53 - 2);
      expect(body.coverage.widestParticipation).toEqual([
        { actionCode: '1.1', states: 2 },
        { actionCode: '1.2', states: 1 },
      ]);
      // Entries: AT 2 of 53 taking part (3.8 %), KZ 1 of 53 (1.9 %).
      expect(body.participationByRegion).toEqual([
        { regionCode: 'EU', states: 1, participating: 2, notParticipating: 51, rate: 3.8 },
        { regionCode: 'CA', states: 1, participating: 1, notParticipating: 52, rate: 1.9 },
      ]);
      expect(body.supportNeeds.byCategory).toEqual(jasmine.objectContaining({ training: 2, funding: 1, expertise: 0 }));
      expect(body.supportNeeds.byArea[0]).toEqual(jasmine.objectContaining({ areaCode: '1', total: 2 }));
      expect(pluck(body.states, 'stateCode')).toEqual(['AT', 'KZ']);
      // AT in area 1: (3 + 1) / 2 / 3 × 100 = 66.7.
      expect(body.states[0].areas[0]).toEqual({ code: '1', score: 66.7, participating: 2 });
    });

    it('offers the narratives and obstacles as quotations with their citations', async () => {
      const id = await evaluationOf();
      const { body } = await evaluator.get(`/api/v1/evaluations/${id}/evidence`).expect(200);
      expect(body.quotesTotal).toBe(4);
      expect((body.quotes as unknown[]).slice(0, 3)).toEqual([
        {
          id: `${cycleId}:AT:1.1:achievement`,
          stateCode: 'AT',
          cycleId,
          actionCode: '1.1',
          areaCode: '1',
          kind: 'achievement',
          text: NARRATIVE_AT_11,
          lang: 'en',
          reportVersion: jasmine.any(Number),
        },
        jasmine.objectContaining({ stateCode: 'AT', actionCode: '1.1', kind: 'obstacle', text: OBSTACLES_AT_11 }),
        jasmine.objectContaining({
          stateCode: 'KZ',
          actionCode: '1.1',
          kind: 'achievement',
          text: NARRATIVE_KZ_11,
          lang: 'ru',
        }),
      ]);
      const filtered = await evaluator.get(`/api/v1/evaluations/${id}/evidence?stateCode=KZ`).expect(200);
      expect(pluck(filtered.body.quotes, 'stateCode')).toEqual(['KZ']);
      await evaluator.get(`/api/v1/evaluations/${id}/evidence?stateCode[$ne]=KZ`).expect(400);
      await evaluator.get(`/api/v1/evaluations/${id}/evidence?kind=rumour`).expect(400);
    });
  });

  describe('when the scope is limited and a baseline cycle is given', () => {
    it('keeps to the scope and gives the change against the baseline', async () => {
      const earlier = await createCycle({
        name: { en: '2025 annual report', ru: 'Ежегодный отчёт 2025' },
        periodFrom: '2025-01-01',
        periodTo: '2025-12-31',
        expectedStates: ['AT', 'KZ'],
      });
      await reportThroughApi(app, secretariat, earlier, 'AT', [
        {
          actionCode: '1.1',
          participation: 'participating',
          status: 'limited',
          narrative: { text: 'Begun.', lang: 'en' },
        },
      ]);
      const id = await evaluationOf({
        scope: { regionCodes: ['EU'], areaCodes: ['1'] },
        baseline: { cycleId: earlier },
      });
      const { body } = await evaluator.get(`/api/v1/evaluations/${id}/evidence`).expect(200);
      expect(pluck(body.areas, 'code')).toEqual(['1']);
      expect(body.actions.length).toBe(9);
      expect(body.responseRates[0]).toEqual(jasmine.objectContaining({ expected: 1, approved: 1 }));
      // Only AT: area 1 (3 + 1) / 2 / 3 = 66.7 now; baseline AT 1.1 limited: 33.3; change +33.4.
      expect(body.areas[0]).toEqual(jasmine.objectContaining({ score: 66.7, baselineScore: 33.3, change: 33.4 }));
      expect(body.actions[0]).toEqual(
        jasmine.objectContaining({ code: '1.1', score: 100, baselineScore: 33.3, change: 66.7 }),
      );
      expect(body.baseline).toEqual({
        kind: 'cycle',
        id: earlier,
        label: { en: '2025 annual report', ru: 'Ежегодный отчёт 2025' },
      });
      expect(new Set(pluck(body.quotes, 'stateCode'))).toEqual(new Set(['AT']));
    });
  });
});
