import { closeCycleInDatabase } from '../../testing/cycles.js';
import type { Express } from 'express';
import { createTestApp } from '../../testing/test-app.js';
import { ReportModel } from './report.model.js';
import {
  allAnswered,
  answered,
  createCycle,
  freshReferenceData,
  person,
  reportUrl,
  storedReport,
  type Person,
} from './report-fixtures.spec.js';

describe('Carry-over and changes since the last cycle', () => {
  let app: Express;
  let focalPoint: Person;
  let secretariat: Person;

  const NARRATIVE_2025 = { text: 'В 2025 году проведены две совместные операции.', lang: 'ru' as const };
  const LINK_2025 = { title: 'Annual report 2025', url: 'https://example.org/2025.pdf' };

  /** Austria's report for a past cycle, answered, submitted and (unless told otherwise) approved; the cycle then closes. */
  async function pastReport(
    year: number,
    options: { approve: boolean; narrative?: { text: string; lang: 'en' | 'ru' } },
  ): Promise<string> {
    const cycleId = await createCycle({
      name: { en: `${year} annual report`, ru: `Ежегодный отчёт ${year}` },
      periodFrom: `${year}-01-01`,
      periodTo: `${year}-12-31`,
    });
    await focalPoint
      .put(reportUrl(cycleId, 'AT'), {
        version: 1,
        entries: [
          ...allAnswered().filter((entry) => entry.actionCode !== '1.1'),
          answered('1.1', {
            status: 'substantial',
            narrative: options.narrative ?? NARRATIVE_2025,
            links: [LINK_2025],
          }),
        ],
      })
      .expect(200);
    await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);
    if (options.approve) await secretariat.post(`${reportUrl(cycleId, 'AT')}/approve`).expect(200);
    await closeCycleInDatabase(cycleId);
    return cycleId;
  }

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    focalPoint = await person(app, 'focal_point', 'AT');
    secretariat = await person(app, 'secretariat');
  });

  describe('Carry-over into a new cycle', () => {
    describe('when the state has an approved report from the previous cycle', () => {
      it('starts the new report from it, every answered entry marked carriedOver', async () => {
        const previous = await pastReport(2025, { approve: true });
        const current = await createCycle();
        const { body } = await focalPoint.get(reportUrl(current, 'AT')).expect(200);
        expect(body.carriedFrom).toEqual({ cycleId: previous });
        expect(body.status).toBe('draft');
        expect(body.version).toBe(1);
        expect(body.entries[0]).toEqual({
          actionCode: '1.1',
          participation: 'participating',
          status: 'substantial',
          narrative: NARRATIVE_2025,
          obstacles: { text: '', lang: 'en' },
          supportNeeded: { categories: [], text: { text: '', lang: 'en' } },
          evidence: { links: [LINK_2025], files: [] },
          indicators: [],
          carriedOver: true,
          reviewComment: null,
        });
        expect((body.entries as { carriedOver: boolean }[]).every((entry) => entry.carriedOver)).toBeTrue();
        expect(body.completeness.overall).toEqual({ complete: 53, total: 53, percent: 100 });
        const stored = await storedReport(current, 'AT');
        expect(String(stored?.carriedFrom)).toBe(previous);
        // The earlier report is untouched.
        expect((await storedReport(previous, 'AT'))?.status).toBe('approved');
      });

      it('drops carriedOver from an entry once touched — changed or only confirmed — and keeps it elsewhere', async () => {
        await pastReport(2025, { approve: true });
        const current = await createCycle();
        await focalPoint.get(reportUrl(current, 'AT')).expect(200);
        const { body } = await focalPoint
          .put(reportUrl(current, 'AT'), {
            version: 1,
            entries: [
              { actionCode: '1.1', narrative: { text: 'In 2026 a third operation followed.', lang: 'en' } },
              { actionCode: '1.2' },
            ],
          })
          .expect(200);
        expect(body.version).toBe(2);
        expect(body.entries[0].carriedOver).toBeFalse();
        expect(body.entries[0].status).toBe('substantial');
        expect(body.entries[1].carriedOver).toBeFalse();
        expect(body.entries[2].carriedOver).toBeTrue();
        const stored = await storedReport(current, 'AT');
        expect(stored?.entries.filter((entry) => entry.carriedOver).length).toBe(51);
      });
    });

    describe('when the latest earlier report was not approved', () => {
      it('starts from the last APPROVED one instead', async () => {
        const approved2024 = await pastReport(2024, {
          approve: true,
          narrative: { text: 'Approved in 2024.', lang: 'en' },
        });
        await pastReport(2025, {
          approve: false,
          narrative: { text: 'Submitted in 2025, never approved.', lang: 'en' },
        });
        const current = await createCycle();
        const { body } = await focalPoint.get(reportUrl(current, 'AT')).expect(200);
        expect(body.carriedFrom).toEqual({ cycleId: approved2024 });
        expect(body.entries[0].narrative).toEqual({ text: 'Approved in 2024.', lang: 'en' });
      });
    });

    describe('when the state never had a report approved', () => {
      it('starts empty, nothing carried over', async () => {
        const current = await createCycle();
        const { body } = await focalPoint.get(reportUrl(current, 'AT')).expect(200);
        expect(body.carriedFrom).toBeNull();
        expect((body.entries as { carriedOver: boolean }[]).some((entry) => entry.carriedOver)).toBeFalse();
      });
    });
  });

  describe('GET /api/v1/cycles/:cycleId/reports/:stateCode/changes', () => {
    describe('when the report was carried over and partly changed', () => {
      it('gives per action the previous and current answers and the fields that differ', async () => {
        const previous = await pastReport(2025, { approve: true });
        const current = await createCycle();
        await focalPoint.get(reportUrl(current, 'AT')).expect(200);
        const newNarrative = { text: 'In 2026 a third operation followed.', lang: 'en' };
        await focalPoint
          .put(reportUrl(current, 'AT'), {
            version: 1,
            entries: [{ actionCode: '1.1', status: 'completed', narrative: newNarrative }, { actionCode: '1.2' }],
          })
          .expect(200);

        const { body } = await focalPoint.get(`${reportUrl(current, 'AT')}/changes`).expect(200);
        expect(body.previous).toEqual({
          cycleId: previous,
          name: { en: '2025 annual report', ru: 'Ежегодный отчёт 2025' },
        });
        expect(body.entries.length).toBe(53);
        expect(body.entries[0].actionCode).toBe('1.1');
        expect(body.entries[0].carriedOver).toBeFalse();
        expect(body.entries[0].changedFields).toEqual(['status', 'narrative']);
        expect(body.entries[0].previous.status).toBe('substantial');
        expect(body.entries[0].previous.narrative).toEqual(NARRATIVE_2025);
        expect(body.entries[0].current.status).toBe('completed');
        expect(body.entries[0].current.narrative).toEqual(newNarrative);
        expect(body.entries[0].current.links).toEqual([LINK_2025]);
        expect(body.entries[1]).toEqual(
          jasmine.objectContaining({ actionCode: '1.2', carriedOver: false, changedFields: [] }),
        );
        expect(body.entries[2]).toEqual(
          jasmine.objectContaining({ actionCode: '1.3', carriedOver: true, changedFields: [] }),
        );
      });
    });

    describe('when there is nothing to compare with', () => {
      it('says previous: null and lists no changed fields', async () => {
        const current = await createCycle();
        await focalPoint.get(reportUrl(current, 'AT')).expect(200);
        const { body } = await secretariat.get(`${reportUrl(current, 'AT')}/changes`).expect(200);
        expect(body.previous).toBeNull();
        expect(body.entries[0]).toEqual(
          jasmine.objectContaining({ actionCode: '1.1', previous: null, changedFields: [] }),
        );
      });
    });

    describe('when someone else asks', () => {
      it('answers 403 to another state and to an evaluator', async () => {
        const current = await createCycle();
        await focalPoint.get(reportUrl(current, 'AT')).expect(200);
        await ReportModel.updateOne({ stateCode: 'AT' }, { $set: { status: 'approved' } });
        await (await person(app, 'focal_point', 'KZ')).get(`${reportUrl(current, 'AT')}/changes`).expect(403);
        await (await person(app, 'evaluator')).get(`${reportUrl(current, 'AT')}/changes`).expect(403);
      });
    });
  });
});
