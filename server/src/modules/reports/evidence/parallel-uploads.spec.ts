import type { Express } from 'express';
import { createTestApp } from '../../../testing/test-app.js';
import {
  createCycle,
  freshReferenceData,
  PDF_BYTES,
  person,
  reportUrl,
  storedReport,
} from '../report-fixtures.spec.js';

describe('Evidence uploads in parallel', () => {
  let app: Express;
  let cycleId: string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
  });

  describe('when six files go to six entries of one report at once', () => {
    it('stores all six (201 each, no 409), one version each, and counts their size once each', async () => {
      const focalPoint = await person(app, 'focal_point', 'AT');
      await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      const actions = ['1.1', '1.2', '1.3', '2.1', '2.2', '3.1'];
      const answers = await Promise.all(
        actions.map((actionCode) =>
          focalPoint.upload(
            `${reportUrl(cycleId, 'AT')}/entries/${actionCode}/files`,
            PDF_BYTES,
            'application/pdf',
            `law-${actionCode}.pdf`,
          ),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201, 201]);
      const stored = await storedReport(cycleId, 'AT');
      expect(stored?.version).toBe(7);
      expect(stored?.filesTotalSize).toBe(6 * PDF_BYTES.length);
      for (const actionCode of actions) {
        const files = stored?.entries.find((entry) => entry.actionCode === actionCode)?.evidence.files ?? [];
        expect(files.map((file) => file.fileName)).toEqual([`law-${actionCode}.pdf`]);
      }
    }, 60_000);
  });

  describe('when three files go to the same entry at once', () => {
    it('keeps all three on the entry', async () => {
      const focalPoint = await person(app, 'focal_point', 'AT');
      await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      const answers = await Promise.all(
        [1, 2, 3].map((n) =>
          focalPoint.upload(
            `${reportUrl(cycleId, 'AT')}/entries/1.1/files`,
            PDF_BYTES,
            'application/pdf',
            `part-${n}.pdf`,
          ),
        ),
      );
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201]);
      const stored = await storedReport(cycleId, 'AT');
      const names = stored?.entries
        .find((entry) => entry.actionCode === '1.1')
        ?.evidence.files.map((file) => file.fileName);
      expect([...(names ?? [])].sort()).toEqual(['part-1.pdf', 'part-2.pdf', 'part-3.pdf']);
    }, 60_000);
  });
});
