import type { ReportView } from '@ppm/shared';
import type { Express } from 'express';
import { createTestApp } from '../../testing/test-app.js';
import { ReportContentModel } from './report-content.model.js';
import { answered, createCycle, freshReferenceData, person, reportUrl } from './report-fixtures.spec.js';

describe('Reading a report again', () => {
  let app: Express;
  let cycleId: string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
  });

  describe('when the browser sends back the ETag it was given', () => {
    it('answers 304 while the report is unchanged, and the saved report with a new ETag after a save', async () => {
      const focalPoint = await person(app, 'focal_point', 'AT');
      const first = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      const etag = first.headers['etag']!;
      expect(first.headers['cache-control']).toBe('private, no-cache');
      const unchanged = await focalPoint.get(reportUrl(cycleId, 'AT')).set('If-None-Match', etag).expect(304);
      expect(unchanged.text).toBeFalsy();

      await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] }).expect(200);
      const changed = await focalPoint.get(reportUrl(cycleId, 'AT')).set('If-None-Match', etag).expect(200);
      expect(changed.headers['etag']).not.toBe(etag);
      expect((changed.body as ReportView).version).toBe(2);
      expect((changed.body as ReportView).entries[0]!.participation).toBe('participating');
    });

    it('answers in full once the Secretariat added an action the draft now follows', async () => {
      const focalPoint = await person(app, 'focal_point', 'AT');
      const etag = (await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200)).headers['etag']!;
      const secretariat = await person(app, 'secretariat');
      const title = { en: 'Joint labour-market analysis', ru: 'Совместный анализ рынка труда' };
      await secretariat.post('/api/v1/action-plan/areas/6/actions', { version: 1, title }).expect(201);

      const changed = await focalPoint.get(reportUrl(cycleId, 'AT')).set('If-None-Match', etag).expect(200);
      const entries = (changed.body as ReportView).entries;
      expect(entries.length).toBe(54);
      expect(entries.at(-1)!.actionCode).toBe('6.10');
    });
  });

  describe('when the answers of the current version were read before', () => {
    it('serves them from memory: they never change under their id (shown by removing the stored copy)', async () => {
      const focalPoint = await person(app, 'focal_point', 'AT');
      await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1')] }).expect(200);
      const read = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);

      await ReportContentModel.deleteMany({});
      const again = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      expect(again.body).toEqual(read.body);
    });
  });
});
