import { closeCycleInDatabase } from '../../testing/cycles.js';
import type {
  CoverageResponse,
  EntriesResponse,
  EntryChange,
  PeerLearningResponse,
  ProgressResponse,
  StateProfileResponse,
  SubmissionsResponse,
  TrendResponse,
} from '@ppm/shared';
import ExcelJS from 'exceljs';
import type { Express } from 'express';
import request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { AuditEntry } from '../audit/audit-entry.model.js';
import {
  ACTION_CODES,
  answered,
  createCycle,
  freshReferenceData,
  person,
  reportUrl,
  type Person,
} from '../reports/report-fixtures.spec.js';

/** Every action not taken part in, except those given. */
function reportWith(answers: EntryChange[]): EntryChange[] {
  const byCode = new Map(answers.map((answer) => [answer.actionCode, answer]));
  return ACTION_CODES.map((code) => byCode.get(code) ?? { actionCode: code, participation: 'not_participating' });
}

const AREA_1_ACTIONS = ACTION_CODES.filter((code) => code.startsWith('1.')).length;

describe('Analytics API', () => {
  let app: Express;
  let cycleId: string;
  let secretariat: Person;

  /** The state's focal point fills the report in and submits it; the Secretariat approves unless told not to. */
  async function report(stateCode: string, answers: EntryChange[], approve = true, cycle = cycleId): Promise<void> {
    const focalPoint = await person(app, 'focal_point', stateCode);
    const url = reportUrl(cycle, stateCode);
    const { body } = await focalPoint.get(url).expect(200);
    await focalPoint.put(url, { version: body.version, entries: reportWith(answers) }).expect(200);
    await focalPoint.post(`${url}/submit`).expect(200);
    if (approve) await secretariat.post(`${url}/approve`).expect(200);
  }

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle({ expectedStates: ['AT', 'DE', 'GE', 'KZ', 'AM'] });
    secretariat = await person(app, 'secretariat');
    await report('AT', [
      answered('1.1', { status: 'completed' }),
      answered('1.2', { status: 'limited' }),
      answered('2.1', {
        status: 'not_started',
        supportNeeded: { categories: ['training'], text: { text: 'Trainers for return counselling.', lang: 'en' } },
      }),
    ]);
    await report('DE', [answered('1.1', { status: 'substantial' }), answered('2.1', { status: 'limited' })]);
    await report('GE', [
      answered('1.1', {
        status: 'limited',
        narrative: { text: 'Проведено обучение пограничников в Тбилиси.', lang: 'ru' },
      }),
      answered('3.1', { status: 'completed' }),
    ]);
    await report('KZ', [answered('1.1', { status: 'completed' })], false);
  });

  const progress = (viewer: Person, query: string) =>
    viewer.get(`/api/v1/analytics/progress?cycleId=${cycleId}&${query}`);

  describe('progress, as the Secretariat', () => {
    it('counts approved reports only by default, by area, with the score of participating entries', async () => {
      const body = (await progress(secretariat, 'by=area').expect(200)).body as ProgressResponse;
      expect(body.basis).toBe('approved');
      expect(body.groups.map((group) => group.key)).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(body.groups[0]).toEqual({
        key: '1',
        reports: 3,
        participating: 4,
        notParticipating: 3 * AREA_1_ACTIONS - 4,
        unanswered: 0,
        byStatus: { not_started: 0, limited: 2, substantial: 1, completed: 1 },
        score: 58.3, // (3 + 1 + 2 + 1) / 4 = 1.75 of 3
        suppressed: false,
      });
      expect(body.groups[1]!.score).toBe(16.7); // (0 + 1) / 2 = 0.5 of 3
      expect(body.groups[2]!.score).toBe(100);
      expect(body.groups[3]!.score).toBeNull();
    });

    it('adds submitted reports with basis=submitted', async () => {
      const body = (await progress(secretariat, 'by=area&basis=submitted').expect(200)).body as ProgressResponse;
      expect(body.basis).toBe('submitted');
      expect(body.groups[0]!.reports).toBe(4);
      expect(body.groups[0]!.score).toBe(66.7); // (3 + 1 + 2 + 1 + 3) / 5 = 2 of 3
    });

    it('groups by state and by region, listing expected states without a report', async () => {
      const byState = (await progress(secretariat, 'by=state').expect(200)).body as ProgressResponse;
      expect(byState.groups.map((group) => [group.key, group.score])).toEqual([
        ['AT', 44.4], // (3 + 1 + 0) / 3
        ['DE', 50], // (2 + 1) / 2
        ['GE', 66.7], // (1 + 3) / 2
        ['KZ', null], // submitted, not approved
        ['AM', null],
      ]);
      const byRegion = (await progress(secretariat, 'by=region').expect(200)).body as ProgressResponse;
      const eu = byRegion.groups.find((group) => group.key === 'EU');
      expect(eu).toEqual(jasmine.objectContaining({ reports: 2, score: 46.7 })); // (3 + 1 + 0 + 2 + 1) / 5
    });

    it('filters by region and area', async () => {
      const body = (await progress(secretariat, 'by=action&regionCode=EU&areaCode=2').expect(200))
        .body as ProgressResponse;
      expect(body.groups.every((group) => group.key.startsWith('2.'))).toBeTrue();
      expect(body.groups[0]).toEqual(jasmine.objectContaining({ key: '2.1', reports: 2, score: 16.7 }));
    });
  });

  describe('refusals and bad input', () => {
    it('answers 400 for unknown groupings, bases, operators, long searches and negative paging', async () => {
      for (const query of [
        `cycleId=${cycleId}&by=country`,
        `cycleId=${cycleId}&by=area&basis=everything`,
        `cycleId[$gt]=&by=area`,
        `cycleId=${cycleId}&by=area&extra=1`,
      ]) {
        const { body } = await secretariat.get(`/api/v1/analytics/progress?${query}`).expect(400);
        expect(body.error.code).toBe('validation_failed');
      }
      await secretariat.get(`/api/v1/analytics/entries?cycleId=${cycleId}&q=${'x'.repeat(201)}`).expect(400);
      await secretariat.get(`/api/v1/analytics/entries?cycleId=${cycleId}&page=-1`).expect(400);
      await secretariat.get(`/api/v1/analytics/entries?cycleId=${cycleId}&pageSize=0`).expect(400);
    });

    it('answers 404 for an unknown cycle and 401 without credentials', async () => {
      await secretariat.get('/api/v1/analytics/progress?cycleId=0123456789abcdef01234567&by=area').expect(404);
      await request(app).get(`/api/v1/analytics/progress?cycleId=${cycleId}&by=area`).expect(401);
      await request(app).get(`/api/v1/analytics/export.xlsx?cycleId=${cycleId}`).expect(401);
    });

    it('refuses basis=submitted to evaluators and states', async () => {
      const evaluator = await person(app, 'evaluator');
      await progress(evaluator, 'by=area&basis=submitted').expect(403);
      await progress(evaluator, 'by=state').expect(200);
      const focalPoint = await person(app, 'focal_point', 'AT');
      await progress(focalPoint, 'by=area&basis=submitted').expect(403);
    });
  });

  describe('as a focal point', () => {
    let focalPoint: Person;
    beforeEach(async () => {
      focalPoint = await person(app, 'focal_point', 'AT');
    });

    it('sees aggregates of three or more states and its own state, never another state’s row', async () => {
      const byArea = (await progress(focalPoint, 'by=area').expect(200)).body as ProgressResponse;
      expect(byArea.restricted).toBeTrue();
      expect(byArea.groups[0]).toEqual(jasmine.objectContaining({ reports: 3, score: 58.3, suppressed: false }));
      const byState = (await progress(focalPoint, 'by=state').expect(200)).body as ProgressResponse;
      expect(byState.groups.map((group) => group.key)).toEqual(['AT']);
      expect(byState.groups[0]!.score).toBe(44.4);
    });

    it('gets aggregates of fewer than three states suppressed', async () => {
      const body = (await progress(focalPoint, 'by=area&regionCode=EU').expect(200)).body as ProgressResponse;
      expect(body.groups[0]).toEqual({
        key: '1',
        reports: 2,
        participating: null,
        notParticipating: null,
        unanswered: null,
        byStatus: null,
        score: null,
        suppressed: true,
      });
      const byRegion = (await progress(focalPoint, 'by=region').expect(200)).body as ProgressResponse;
      expect(byRegion.groups.every((group) => group.suppressed)).toBeTrue();
    });

    it('is refused another state’s details and sees only its own row, cells and texts', async () => {
      await progress(focalPoint, 'by=area&stateCode=DE').expect(403);
      await focalPoint.get(`/api/v1/analytics/entries?cycleId=${cycleId}&stateCode=GE`).expect(403);
      await focalPoint.get('/api/v1/analytics/states/DE/profile').expect(403);
      const entries = (await focalPoint.get(`/api/v1/analytics/entries?cycleId=${cycleId}&pageSize=200`).expect(200))
        .body as EntriesResponse;
      expect(new Set(entries.items.map((item) => item.stateCode))).toEqual(new Set(['AT']));
      const coverage = (await focalPoint.get(`/api/v1/analytics/coverage?cycleId=${cycleId}`).expect(200))
        .body as CoverageResponse;
      expect(coverage.rows.map((row) => row.stateCode)).toEqual(['AT']);
      const submissions = (await focalPoint.get(`/api/v1/analytics/submissions?cycleId=${cycleId}`).expect(200))
        .body as SubmissionsResponse;
      expect(submissions.states.map((row) => row.stateCode)).toEqual(['AT']);
      expect(submissions.expected).toBe(5);
    });

    it('sees everything of a closed cycle once the Secretariat publishes it (audited)', async () => {
      await focalPoint.put(`/api/v1/analytics/cycles/${cycleId}/publication`, { published: true }).expect(403);
      const open = await secretariat
        .put(`/api/v1/analytics/cycles/${cycleId}/publication`, { published: true })
        .expect(409);
      expect(open.body.error.code).toBe('cycle_not_closed');
      await closeCycleInDatabase(cycleId);
      await secretariat.put(`/api/v1/analytics/cycles/${cycleId}/publication`, { published: true }).expect(200);
      const coverage = (await focalPoint.get(`/api/v1/analytics/coverage?cycleId=${cycleId}`).expect(200))
        .body as CoverageResponse;
      expect(coverage.rows.map((row) => row.stateCode)).toEqual(['AT', 'DE', 'GE']);
      expect(await AuditEntry.countDocuments({ action: 'cycle.published', entityId: cycleId })).toBe(1);
    });
  });

  describe('submissions', () => {
    it('counts expected, responded, the rate and statuses', async () => {
      const body = (await secretariat.get(`/api/v1/analytics/submissions?cycleId=${cycleId}`).expect(200))
        .body as SubmissionsResponse;
      expect(body).toEqual(
        jasmine.objectContaining({
          expected: 5,
          responded: 4,
          responseRate: 80,
          byStatus: { not_started: 1, draft: 0, submitted: 1, returned: 0, approved: 3 },
          late: 0,
        }),
      );
      expect(body.states.find((row) => row.stateCode === 'AM')).toEqual(
        jasmine.objectContaining({ status: 'not_started', completeness: 0, lastActivity: null }),
      );
    });
  });

  describe('coverage and entries', () => {
    it('maps states x actions and finds untouched actions', async () => {
      const body = (await secretariat.get(`/api/v1/analytics/coverage?cycleId=${cycleId}&areaCode=1`).expect(200))
        .body as CoverageResponse;
      expect(body.actionCodes[0]).toBe('1.1');
      const at = body.rows.find((row) => row.stateCode === 'AT');
      expect(at!.cells.slice(0, 3)).toEqual(['completed', 'limited', 'not_participating']);
      expect(body.untouched).toEqual(body.actionCodes.filter((code) => !['1.1', '1.2'].includes(code)));
    });

    it('searches texts in Russian and English whatever the case', async () => {
      const russian = (
        await secretariat
          .get(`/api/v1/analytics/entries?cycleId=${cycleId}&q=${encodeURIComponent('ОБУЧЕНИЕ')}`)
          .expect(200)
      ).body;
      expect(russian.total).toBe(1);
      expect(russian.items[0]).toEqual(
        jasmine.objectContaining({
          stateCode: 'GE',
          actionCode: '1.1',
          status: 'limited',
          participation: 'participating',
        }),
      );
      const english = (await secretariat.get(`/api/v1/analytics/entries?cycleId=${cycleId}&q=COUNSELLING`).expect(200))
        .body as EntriesResponse;
      expect(english.items.map((item) => `${item.stateCode} ${item.actionCode}`)).toEqual(['AT 2.1']);
      expect(english.items[0]!.supportNeeded.categories).toEqual(['training']);
    });

    it('pages through entries in plan order', async () => {
      const body = (
        await secretariat
          .get(`/api/v1/analytics/entries?cycleId=${cycleId}&actionCode=1.1&pageSize=2&page=2`)
          .expect(200)
      ).body as EntriesResponse;
      expect(body.total).toBe(3);
      expect(body.items.map((item) => item.stateCode)).toEqual(['GE']);
    });
  });

  describe('trend and profile across cycles', () => {
    let earlierId: string;
    beforeEach(async () => {
      earlierId = await createCycle({
        name: { en: '2025 annual report', ru: 'Ежегодный отчёт 2025' },
        periodFrom: '2025-01-01',
        periodTo: '2025-12-31',
        expectedStates: ['AT'],
      });
      await report('AT', [answered('1.1', { status: 'limited' })], true, earlierId);
    });

    it('gives the groups per cycle in cycle order', async () => {
      const body = (
        await secretariat.get(`/api/v1/analytics/trend?cycleId=${cycleId}&cycleId=${earlierId}&by=area`).expect(200)
      ).body as TrendResponse;
      expect(body.cycles.map((cycle) => cycle.cycleId)).toEqual([earlierId, cycleId]);
      expect(body.cycles[0]!.groups[0]!.score).toBe(33.3);
      expect(body.cycles[1]!.groups[0]!.score).toBe(58.3);
      const latest = (await progress(secretariat, 'by=area').expect(200)).body as ProgressResponse;
      expect(latest.previousCycleId).toBe(earlierId);
    });

    it('profiles one state by area in each cycle', async () => {
      const body = (await secretariat.get(`/api/v1/analytics/states/AT/profile`).expect(200))
        .body as StateProfileResponse;
      expect(body.cycles.map((cycle) => [cycle.cycleId, cycle.overall?.score])).toEqual([
        [earlierId, 33.3],
        [cycleId, 44.4],
      ]);
    });
  });

  describe('peer learning', () => {
    it('pairs states asking for support with advanced states, for the Secretariat only', async () => {
      // Approved: AT asks for training on 2.1 (not started); DE is limited on 2.1: nobody advanced there.
      // On 1.1 AT is completed and DE substantial: advanced, nobody asking.
      const { body } = await secretariat.get(`/api/v1/analytics/peer-learning?cycleId=${cycleId}`).expect(200);
      const byAction = new Map((body as PeerLearningResponse).actions.map((action) => [action.actionCode, action]));
      expect(byAction.get('1.1')).toEqual({
        actionCode: '1.1',
        advanced: ['AT', 'DE'],
        askingSupport: [],
        pairings: [],
      });
      expect(byAction.get('2.1')).toEqual({
        actionCode: '2.1',
        advanced: [],
        askingSupport: [{ stateCode: 'AT', categories: ['training'] }],
        pairings: [],
      });
      for (const role of ['evaluator', 'focal_point'] as const) {
        const viewer = await person(app, role, role === 'focal_point' ? 'AT' : undefined);
        await viewer.get(`/api/v1/analytics/peer-learning?cycleId=${cycleId}`).expect(403);
      }
    });
  });

  describe('exports', () => {
    it('writes a workbook with the screen’s figures', async () => {
      const response = await secretariat
        .get(`/api/v1/analytics/export.xlsx?cycleId=${cycleId}&lang=en`)
        .responseType('blob')
        .expect(200);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="?progress-2026-annual-report-all-approved-\d{4}-\d\d-\d\d\.xlsx"?$/,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.body as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Summary',
        'By area',
        'By action',
        'By state',
        'Coverage',
        'Entries',
      ]);
      const byArea = workbook.getWorksheet('By area')!;
      expect(byArea.getRow(2).values).toEqual([
        undefined,
        '1',
        'Preventing and fighting illegal migration',
        3,
        4,
        3 * AREA_1_ACTIONS - 4,
        0,
        0,
        2,
        1,
        1,
        58.3,
      ]);
      expect(workbook.getWorksheet('Summary')!.getRow(7).values).toEqual([undefined, 'Response rate (%)', 80]);
    });

    it('writes CSV in Russian with a byte order mark', async () => {
      const response = await secretariat
        .get(`/api/v1/analytics/export.csv?cycleId=${cycleId}&view=state&lang=ru`)
        .expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.text.charCodeAt(0)).toBe(0xfeff);
      const lines = response.text.slice(1).split('\r\n');
      expect(lines[0]!.startsWith('Государство,Название,Отчёты')).toBeTrue();
      expect(lines[1]).toBe('AT,Австрия,1,3,50,0,1,1,0,1,44.4');
    });

    it('gives a focal point only what it may see', async () => {
      const focalPoint = await person(app, 'focal_point', 'GE');
      const response = await focalPoint.get(`/api/v1/analytics/export.csv?cycleId=${cycleId}&view=entries`).expect(200);
      const states = response.text
        .slice(1)
        .split('\r\n')
        .slice(1)
        .filter(Boolean)
        .map((line) => line.slice(0, 2));
      expect(new Set(states)).toEqual(new Set(['GE']));
    });
  });
});
