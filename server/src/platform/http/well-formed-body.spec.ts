import type { Express } from 'express';
import {
  answered,
  createCycle,
  freshReferenceData,
  person,
  reportUrl,
  storedReport,
} from '../../modules/reports/report-fixtures.spec.js';
import { createTestApp } from '../../testing/test-app.js';
import { illFormedText } from './well-formed-body.js';

const MESSAGE = 'must not contain broken characters (a lone UTF-16 surrogate)';

describe('Text with a lone UTF-16 surrogate', () => {
  let app: Express;
  let cycleId: string;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
  });

  describe('in a narrative', () => {
    it('is refused with 400 naming the field and its action, and nothing is stored', async () => {
      const focalPoint = await person(app, 'focal_point', 'AT');
      await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      const before = await storedReport(cycleId, 'AT');
      const response = await focalPoint
        .put(reportUrl(cycleId, 'AT'), {
          version: 1,
          entries: [answered('1.1', { narrative: { text: 'broken \ud800 text', lang: 'en' } })],
        })
        .expect(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details).toEqual([
        { path: 'entries.0.narrative.text', message: MESSAGE, actionCode: '1.1' },
      ]);
      expect(await storedReport(cycleId, 'AT')).toEqual(before);
    });
  });

  describe('when the text is well formed, astral characters included', () => {
    it('is stored and read back exactly as sent', async () => {
      const focalPoint = await person(app, 'focal_point', 'AT');
      await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      const text = 'Готово \ud83d\ude42 done';
      await focalPoint
        .put(reportUrl(cycleId, 'AT'), { version: 1, entries: [answered('1.1', { narrative: { text, lang: 'ru' } })] })
        .expect(200);
      const { body } = await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      const entry = (body.entries as { actionCode: string; narrative: { text: string } }[]).find(
        (candidate) => candidate.actionCode === '1.1',
      );
      expect(entry?.narrative.text).toBe(text);
    });
  });

  describe('in a comment on an entry', () => {
    it('is refused with 400', async () => {
      const focalPoint = await person(app, 'focal_point', 'AT');
      await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
      const response = await focalPoint
        .post(`${reportUrl(cycleId, 'AT')}/comments`, { actionCode: '1.1', text: 'half \udc00' })
        .expect(400);
      expect(response.body.error.details).toEqual([{ path: 'text', message: MESSAGE, actionCode: '1.1' }]);
    });
  });
});

describe('illFormedText', () => {
  it('finds every broken string and key at any depth, and nothing in clean bodies', () => {
    expect(illFormedText({ a: ['ok', { b: '\ud800' }], '\udfffkey': 1, c: 'fine \ud83d\ude42' })).toEqual([
      { path: 'a.1.b', message: MESSAGE },
      { path: '\udfffkey', message: MESSAGE },
    ]);
    expect(illFormedText({ entries: [{ actionCode: '1.1', text: 'clean' }] })).toEqual([]);
    expect(illFormedText(undefined)).toEqual([]);
  });

  it('walks a body nested 100,000 deep without overflowing the stack', () => {
    let deep: unknown = '\ud800';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(illFormedText(deep).length).toBe(1);
  });
});
