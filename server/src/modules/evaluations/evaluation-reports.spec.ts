import { mkdirSync, writeFileSync } from 'node:fs';
import type { Express } from 'express';
import type request from 'supertest';
import { createTestApp } from '../../testing/test-app.js';
import { createCycle, freshReferenceData, person, type Person } from '../reports/report-fixtures.spec.js';
import { NARRATIVE_AT_11, NARRATIVE_KZ_11, threeStatesReported } from './evaluation-fixtures.spec.js';
import { docxParts, docxText, embeddedFontNames, pdfText } from './report-reading.spec.js';

/** supertest collects a binary body only with a parser. */
function binary(test: request.Test): request.Test {
  return test.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });
}

/** REPORT_OUT=<dir> keeps the generated files, to render and look at them. */
function keep(name: string, body: Buffer): void {
  const dir = process.env['REPORT_OUT'];
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${name}`, body);
}

describe('Evaluation reports (DOCX, PDF, preview)', () => {
  let app: Express;
  let evaluator: Person;
  let secretariat: Person;
  let cycleId: string;
  let id: string;

  const download = async (path: string) =>
    (await binary(evaluator.get(`/api/v1/evaluations/${id}/${path}`)).expect(200)).body as Buffer;

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    evaluator = await person(app, 'evaluator');
    secretariat = await person(app, 'secretariat');
    cycleId = await createCycle();
    await threeStatesReported(app, secretariat, cycleId);
    const created = await evaluator
      .post('/api/v1/evaluations', {
        title: { en: 'Evaluation of the Action Plan 2023-2027', ru: 'Оценка Плана действий 2023-2027' },
        cycleIds: [cycleId],
        team: [{ name: 'Anna Nowak', role: 'lead evaluator' }],
      })
      .expect(201);
    id = created.body.id as string;
    await evaluator
      .patch(`/api/v1/evaluations/${id}`, {
        version: 1,
        executiveSummary: {
          en: 'Implementation advances fastest in area 1.',
          ru: 'Быстрее всего выполнение идёт в области 1.',
        },
        findings: [
          {
            areaCode: '1',
            text: { en: 'Joint risk analysis has spread.', ru: '' },
            pins: [
              { cycleId, stateCode: 'AT', actionCode: '1.1', kind: 'achievement' },
              { cycleId, stateCode: 'KZ', actionCode: '1.1', kind: 'achievement' },
            ],
          },
        ],
        assessments: [
          { criterionCode: 'relevance', rating: 'high', text: { en: 'Highly relevant.', ru: 'Весьма релевантно.' } },
        ],
        conclusions: { en: '', ru: 'Заключение только по-русски.' },
        recommendations: [
          {
            text: { en: 'Share risk analyses every quarter.', ru: 'Обмениваться анализом рисков ежеквартально.' },
            priority: 'high',
            addressee: 'states',
            areaCodes: ['1'],
          },
        ],
      })
      .expect(200);
  });

  describe('when the evaluator downloads the draft as PDF', () => {
    it('has the 2015 shape in Russian with DejaVu embedded, scores with one decimal and quotations with citations', async () => {
      const response = await binary(evaluator.get(`/api/v1/evaluations/${id}/report.pdf?lang=ru`)).expect(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename=evaluation-evaluation-of-the-action-plan-2023-2027-draft-v2-ru.pdf',
      );
      const pdf = response.body as Buffer;
      keep('draft-ru.pdf', pdf);
      expect(embeddedFontNames(pdf).some((name) => name.endsWith('DejaVuSans'))).toBeTrue();
      const { text, pages } = await pdfText(pdf);
      expect(pages).toBeGreaterThan(8);
      for (const heading of [
        'Оценка Плана действий 2023-2027',
        'Содержание',
        'Резюме',
        '1. Введение и контекст',
        '2. Методология',
        '2.4 Отклик',
        '3. Выводы по областям',
        '4. Оценка по критериям',
        '5. Заключения и рекомендации',
        'Приложение A. Выполнение по государствам и областям',
        'Приложение B. Перечень действий',
        'Приложение C. Отклик по циклам и регионам',
      ]) {
        expect(text).withContext(heading).toContain(heading);
      }
      // Area 1: (3 + 1 + 2) / 3 / 3 = 66.7 %, printed the Russian way.
      expect(text).toContain('балл: 66,7');
      expect(text).toContain('Быстрее всего выполнение идёт в области 1.');
      // The finding exists only in English: the report says so and gives it.
      expect(text).toContain('Этот текст есть только на английском языке');
      expect(text).toContain('Joint risk analysis has spread.');
      expect(text).toContain(NARRATIVE_KZ_11);
      expect(text).toContain('Казахстан, Ежегодный отчёт 2026, действие 1.1, версия отчёта');
      expect(text).toContain('Оценка: Хорошо');
      expect(text).toContain('Стр. 2 из');
    });
  });

  describe('when the evaluator downloads the draft as DOCX', () => {
    it('uses heading styles, a table of contents, page numbers and real tables, in English', async () => {
      const response = await binary(evaluator.get(`/api/v1/evaluations/${id}/report.docx?lang=en`)).expect(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename=evaluation-[a-z0-9-]+-draft-v2-en\.docx$/,
      );
      const docx = response.body as Buffer;
      keep('draft-en.docx', docx);
      const parts = docxParts(docx);
      const xml = parts['word/document.xml']!;
      expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
      expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
      expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
      expect(xml).toContain('<w:tbl>');
      expect(xml).toContain('<w:tblHeader');
      const footers = Object.entries(parts).filter(([name]) => name.startsWith('word/footer'));
      expect(footers.some(([, footer]) => footer.includes('PAGE') && footer.includes('NUMPAGES'))).toBeTrue();
      const text = docxText(xml);
      expect(text).toContain('Executive summary');
      expect(text).toContain('3.1 Area 1: Preventing and fighting illegal migration');
      expect(text).toContain('score: 66.7');
      expect(text).toContain(NARRATIVE_AT_11);
      expect(text).toContain('Austria, 2026 annual report, action 1.1, report version');
      // The conclusions exist only in Russian: the English report says so.
      expect(text).toContain('This text is available only in Russian');
      expect(text).toContain('Заключение только по-русски.');
      expect(text).toContain('Share risk analyses every quarter.');
      expect(Object.keys(parts).filter((name) => name.startsWith('word/media/')).length).toBe(0);
      expect(Object.keys(unzippedNames(docx)).some((name) => name.startsWith('word/media/'))).toBeTrue();
    });
  });

  describe('when a version is finalised and the data changes afterwards', () => {
    it('regenerates final version 1 with the same text while the draft follows the data', async () => {
      const finalized = await evaluator.post(`/api/v1/evaluations/${id}/finalize`, { version: 2 }).expect(200);
      expect(finalized.body.status).toBe('final');
      expect(finalized.body.finalVersions).toEqual([
        {
          number: 1,
          finalizedAt: jasmine.any(String),
          finalizedBy: { id: evaluator.user.id, name: evaluator.user.name },
        },
      ]);
      const firstDocx = docxParts(await download('report.docx?lang=en&version=1'))['word/document.xml'];
      const firstPdf = (await pdfText(await download('report.pdf?lang=ru&version=1'))).text;
      const firstPreview = (await download('preview?lang=en&version=1')).toString('utf8');

      // Georgia's report is approved now, and Austria's plan entry renamed: the draft follows, version 1 does not.
      await secretariat.post(`/api/v1/cycles/${cycleId}/reports/GE/approve`).expect(200);
      await evaluator
        .patch(`/api/v1/evaluations/${id}`, { version: 3, executiveSummary: { en: 'Rewritten.', ru: 'Переписано.' } })
        .expect(200);

      expect(docxParts(await download('report.docx?lang=en&version=1'))['word/document.xml']).toBe(firstDocx);
      expect((await pdfText(await download('report.pdf?lang=ru&version=1'))).text).toBe(firstPdf);
      expect((await download('preview?lang=en&version=1')).toString('utf8')).toBe(firstPreview);

      const draftPdf = await download('report.pdf?lang=en');
      keep('draft-en.pdf', draftPdf);
      const draft = (await pdfText(draftPdf)).text;
      expect(draft).toContain('Rewritten.');
      expect(draft).toContain('3 of 3 expected states had an approved report');
      expect(firstPdf).toContain('2 из 3 ожидаемых государств');
      expect(firstPdf).not.toContain('Переписано.');
      await evaluator.get(`/api/v1/evaluations/${id}/report.pdf?version=2`).expect(404);
      await evaluator.get(`/api/v1/evaluations/${id}/report.pdf?lang=de`).expect(400);
      await evaluator.get(`/api/v1/evaluations/${id}/report.pdf?version=zero`).expect(400);
    });
  });

  describe('when the preview is asked for', () => {
    it('answers the same content as HTML with escaped texts', async () => {
      await evaluator
        .patch(`/api/v1/evaluations/${id}`, {
          version: 2,
          executiveSummary: { en: '<script>alert(1)</script> Summary', ru: '' },
        })
        .expect(200);
      const response = await evaluator.get(`/api/v1/evaluations/${id}/preview?lang=en`).expect(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = response.text;
      expect(html).toContain('<article class="evaluation-report" lang="en">');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Summary');
      expect(html).not.toContain('<script>');
      expect(html).toContain('<h2 id=');
      expect(html).toContain('Annex A. Implementation by state and area');
      expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/]+=*" alt="Figure: score by area">/);
    });
  });
});

function unzippedNames(docx: Buffer): Record<string, true> {
  return Object.fromEntries(Object.keys(docxPartsAll(docx)).map((name) => [name, true]));
}

function docxPartsAll(docx: Buffer): Record<string, Uint8Array> {
  // Every part, binary ones (pictures) included.
  return unzipSyncAll(docx);
}

import { unzipSync as unzipSyncRaw } from 'fflate';
function unzipSyncAll(docx: Buffer): Record<string, Uint8Array> {
  return unzipSyncRaw(new Uint8Array(docx));
}
