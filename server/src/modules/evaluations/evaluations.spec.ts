import type { Express } from 'express';
import request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { createCycle, freshReferenceData, person, type Person } from '../reports/report-fixtures.spec.js';
import { EvaluationModel, type StoredEvaluation } from './evaluation.model.js';

describe('Evaluations API', () => {
  let app: Express;
  let evaluator: Person;
  let cycleId: string;

  const created = async (body: object = {}) =>
    (
      await evaluator
        .post('/api/v1/evaluations', {
          title: { en: 'Evaluation 2026', ru: 'Оценка 2026' },
          cycleIds: [cycleId],
          ...body,
        })
        .expect(201)
    ).body as { id: string; version: number };
  const stored = (id: string) => EvaluationModel.findById(id).lean<StoredEvaluation>();

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    evaluator = await person(app, 'evaluator');
    cycleId = await createCycle();
  });

  describe('POST /api/v1/evaluations', () => {
    it('creates a draft at version 1 with the five criteria of 2015 and an empty text', async () => {
      const { body } = await evaluator
        .post('/api/v1/evaluations', { title: { en: 'Evaluation 2026', ru: 'Оценка 2026' }, cycleIds: [cycleId] })
        .expect(201);
      expect(body).toEqual(
        jasmine.objectContaining({
          id: jasmine.stringMatching(/^[0-9a-f]{24}$/),
          version: 1,
          status: 'draft',
          title: { en: 'Evaluation 2026', ru: 'Оценка 2026' },
          cycleIds: [cycleId],
          scope: { areaCodes: [], regionCodes: [], stateCodes: [] },
          baseline: null,
          findings: [],
          recommendations: [],
          finalVersions: [],
          replyWindow: null,
          executiveSummary: { en: '', ru: '' },
        }),
      );
      expect((body.criteria as { code: string }[]).map((criterion) => criterion.code)).toEqual([
        'relevance',
        'impact',
        'effectiveness',
        'efficiency',
        'external_coherence',
      ]);
      expect(body.criteria[4].label).toEqual({ en: 'External coherence', ru: 'Внешняя согласованность' });
      expect(body.ratingScale.length).toBe(4);
      expect((await stored(body.id as string))?.version).toBe(1);
    });

    it('takes a chosen set of criteria, a scope and a baseline cycle', async () => {
      const baselineCycle = await createCycle({ periodFrom: '2025-01-01', periodTo: '2025-12-31' });
      const body = (await created({
        criteria: ['relevance', { code: 'sustainability', label: { en: 'Sustainability', ru: 'Устойчивость' } }],
        scope: { areaCodes: ['1', '3'], regionCodes: ['CA'] },
        baseline: { cycleId: baselineCycle },
      })) as unknown as { criteria: unknown; scope: unknown; baseline: unknown };
      expect(body.criteria).toEqual([
        { code: 'relevance', label: { en: 'Relevance', ru: 'Релевантность' } },
        { code: 'sustainability', label: { en: 'Sustainability', ru: 'Устойчивость' } },
      ]);
      expect(body.scope).toEqual({ areaCodes: ['1', '3'], regionCodes: ['CA'], stateCodes: [] });
      expect(body.baseline).toEqual({ cycleId: baselineCycle });
    });

    describe('when the input is bad', () => {
      const bad: [string, object, string][] = [
        ['empty cycleIds', { cycleIds: [] }, 'cycleIds'],
        ['an operator as title', { title: { $gt: '' } }, 'title'],
        ['an operator as a cycle id', { cycleIds: [{ $ne: null }] }, 'cycleIds.0'],
        ['a huge title', { title: { en: 'x'.repeat(501) } }, 'title.en'],
        ['an unknown cycle', { cycleIds: ['0123456789abcdef01234567'] }, 'cycleIds.0'],
        ['an unknown area', { scope: { areaCodes: ['9'] } }, 'scope.areaCodes.0'],
        ['an unknown state', { scope: { stateCodes: ['ZZ'] } }, 'scope.stateCodes.0'],
        ['an unknown region', { scope: { regionCodes: ['MARS'] } }, 'scope.regionCodes.0'],
        ['an unknown criterion without label', { criteria: ['beauty'] }, 'criteria.0'],
        ['an unknown field', { colour: 'red' }, ''],
      ];
      for (const [what, change, path] of bad) {
        it(`answers 400 for ${what} and creates nothing`, async () => {
          const response = await evaluator
            .post('/api/v1/evaluations', { title: { en: 'E' }, cycleIds: [cycleId], ...change })
            .expect(400);
          expect(response.body.error.code).toBe('validation_failed');
          expect((response.body.error.details as { path: string }[]).map((detail) => detail.path)).toContain(path);
          expect(await EvaluationModel.countDocuments()).toBe(0);
        });
      }
    });
  });

  describe('PATCH /api/v1/evaluations/:id', () => {
    const writing = {
      executiveSummary: { en: 'The plan is on track.', ru: 'План выполняется.' },
      findings: [
        {
          areaCode: '1',
          text: { en: 'Risk analysis is shared widely.', ru: '' },
          pins: [{ cycleId: '', stateCode: 'AT', actionCode: '1.1', kind: 'achievement' }],
        },
      ],
      assessments: [{ criterionCode: 'relevance', rating: 'high', text: { en: 'Relevant.', ru: 'Релевантно.' } }],
      conclusions: { en: 'Keep going.' },
      recommendations: [
        {
          text: { en: 'Share more data.', ru: 'Делиться данными.' },
          priority: 'high',
          addressee: 'states',
          areaCodes: ['1'],
        },
      ],
    };
    const withCycle = () => ({
      ...writing,
      findings: writing.findings.map((finding) => ({
        ...finding,
        pins: finding.pins.map((pin) => ({ ...pin, cycleId })),
      })),
    });

    it('saves the texts and moves the version; the next save needs the new version (409 for the old one)', async () => {
      const { id } = await created();
      const { body } = await evaluator.patch(`/api/v1/evaluations/${id}`, { version: 1, ...withCycle() }).expect(200);
      expect(body.version).toBe(2);
      expect(body.conclusions).toEqual({ en: 'Keep going.', ru: '' });
      expect(body.findings[0].pins[0]).toEqual({ cycleId, stateCode: 'AT', actionCode: '1.1', kind: 'achievement' });
      expect(body.recommendations[0].priority).toBe('high');
      const stale = await evaluator
        .patch(`/api/v1/evaluations/${id}`, { version: 1, conclusions: { en: 'Lost?' } })
        .expect(409);
      expect(stale.body.error.code).toBe('stale_version');
      expect((await stored(id))?.conclusions).toEqual({ en: 'Keep going.', ru: '' });
      expect((await stored(id))?.version).toBe(2);
    });

    it('lets exactly one of two saves based on the same version in', async () => {
      const { id } = await created();
      const statuses = await Promise.all([
        evaluator.patch(`/api/v1/evaluations/${id}`, { version: 1, conclusions: { en: 'First' } }),
        evaluator.patch(`/api/v1/evaluations/${id}`, { version: 1, conclusions: { en: 'Second' } }),
      ]).then((responses) => responses.map((response) => response.status).sort());
      expect(statuses).toEqual([200, 409]);
      expect((await stored(id))?.version).toBe(2);
    });

    describe('when the save is bad', () => {
      const bad: [string, object, string][] = [
        ['a huge text', { executiveSummary: { en: 'x'.repeat(20_001) } }, 'executiveSummary.en'],
        ['an unknown area in a finding', { findings: [{ areaCode: '8', text: { en: 'x' } }] }, 'findings.0.areaCode'],
        ['an operator in a text', { conclusions: { en: { $set: 'x' } } }, 'conclusions.en'],
        [
          'an unknown criterion assessed',
          { assessments: [{ criterionCode: 'beauty', rating: 'high', text: {} }] },
          'assessments.0.criterionCode',
        ],
        [
          'an unknown rating',
          { assessments: [{ criterionCode: 'impact', rating: 'superb', text: {} }] },
          'assessments.0.rating',
        ],
        [
          'a pin to a cycle outside the evaluation',
          {
            findings: [
              {
                areaCode: '1',
                text: {},
                pins: [{ cycleId: '0123456789abcdef01234567', stateCode: 'AT', actionCode: '1.1', kind: 'obstacle' }],
              },
            ],
          },
          'findings.0.pins.0.cycleId',
        ],
        [
          'an unknown action in a pin',
          {
            findings: [
              {
                areaCode: '1',
                text: {},
                pins: [{ cycleId: 'CYCLE', stateCode: 'AT', actionCode: '1.99', kind: 'obstacle' }],
              },
            ],
          },
          'findings.0.pins.0.actionCode',
        ],
        [
          'a recommendation without addressee',
          { recommendations: [{ text: { en: 'x' }, priority: 'low', areaCodes: [] }] },
          'recommendations.0.addressee',
        ],
        ['no version', { conclusions: { en: 'x' }, version: undefined }, 'version'],
      ];
      for (const [what, change, path] of bad) {
        it(`answers 400 for ${what} and changes nothing`, async () => {
          const { id } = await created();
          const body = JSON.parse(JSON.stringify({ version: 1, ...change }).replaceAll('CYCLE', cycleId)) as object;
          const response = await evaluator.patch(`/api/v1/evaluations/${id}`, body).expect(400);
          expect((response.body.error.details as { path: string }[]).map((detail) => detail.path)).toContain(path);
          const after = await stored(id);
          expect(after?.version).toBe(1);
          expect(after?.findings).toEqual([]);
          expect(after?.executiveSummary).toEqual({ en: '', ru: '' });
        });
      }
    });
  });

  describe('who may', () => {
    it('lets evaluators and the Secretariat create, read, save and finalise', async () => {
      const secretariat = await person(app, 'secretariat');
      const { body } = await secretariat
        .post('/api/v1/evaluations', { title: { en: 'By the Secretariat' }, cycleIds: [cycleId] })
        .expect(201);
      await evaluator.get(`/api/v1/evaluations/${body.id}`).expect(200);
      await evaluator.patch(`/api/v1/evaluations/${body.id}`, { version: 1, conclusions: { en: 'Fine.' } }).expect(200);
      await secretariat.post(`/api/v1/evaluations/${body.id}/finalize`).expect(200);
      const list = await evaluator.get('/api/v1/evaluations').expect(200);
      expect((list.body as { id: string }[]).map((item) => item.id)).toEqual([body.id]);
    });

    for (const role of ['admin', 'contributor', 'focal_point'] as const) {
      it(`answers 403 to ${role === 'admin' ? 'an' : 'a'} ${role} on every endpoint and changes nothing`, async () => {
        const { id } = await created();
        const other = await person(app, role, role === 'admin' ? undefined : 'AT');
        const base = `/api/v1/evaluations/${id}`;
        await other.get('/api/v1/evaluations').expect(403);
        await other.post('/api/v1/evaluations', { title: { en: 'E' }, cycleIds: [cycleId] }).expect(403);
        await other.get(base).expect(403);
        await other.patch(base, { version: 1, conclusions: { en: 'x' } }).expect(403);
        await other.get(`${base}/evidence`).expect(403);
        await other.post(`${base}/finalize`).expect(403);
        await other.get(`${base}/report.docx?lang=en`).expect(403);
        await other.get(`${base}/report.pdf?lang=ru`).expect(403);
        await other.get(`${base}/preview?lang=en`).expect(403);
        await other.post(`${base}/reply-window`, { closesOn: '2099-01-01' }).expect(403);
        await other.post(`${base}/finalize`, { version: 1 }).expect(403);
        expect(await EvaluationModel.countDocuments()).toBe(1);
        expect((await stored(id))?.version).toBe(1);
      });
    }

    it('answers 401 without credentials', async () => {
      const { id } = await created();
      const base = `/api/v1/evaluations/${id}`;
      await request(app).get('/api/v1/evaluations').expect(401);
      await request(app)
        .post('/api/v1/evaluations')
        .send({ title: { en: 'E' }, cycleIds: [cycleId] })
        .expect(401);
      await request(app).get(base).expect(401);
      await request(app).get(`${base}/evidence`).expect(401);
      await request(app).get(`${base}/report.pdf`).expect(401);
      await request(app).get(`${base}/report.docx`).expect(401);
      await request(app).patch(base).send({ version: 1 }).expect(401);
      await request(app).post(`${base}/finalize`).expect(401);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      await evaluator.get('/api/v1/evaluations/0123456789abcdef01234567').expect(404);
      await evaluator.get('/api/v1/evaluations/not-an-id').expect(404);
    });
  });
});
