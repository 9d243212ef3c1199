import { closeCycleInDatabase } from '../../../testing/cycles.js';
import { MAX_FILE_BYTES, MAX_REPORT_FILES_BYTES } from '@ppm/shared';
import type { Express } from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { createTestApp } from '../../../testing/test-app.js';
import { ReportModel } from '../report.model.js';
import { RevisionModel } from '../revision.model.js';
import {
  allAnswered,
  createCycle,
  DOCX_BYTES,
  freshReferenceData,
  PDF_BYTES,
  person,
  reportUrl,
  storedReport,
  type Person,
} from '../report-fixtures.spec.js';

describe('Evidence files API', () => {
  let app: Express;
  let cycleId: string;
  let focalPoint: Person;

  const filesUrl = (cycle: string, actionCode = '1.1') => `${reportUrl(cycle, 'AT')}/entries/${actionCode}/files`;
  const storedFiles = () => mongoose.connection.db!.collection('evidence.files').find().toArray();
  const storedChunks = () => mongoose.connection.db!.collection('evidence.chunks').countDocuments();

  /** Supertest reads unknown binary bodies into a Buffer with this parser. */
  function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void) {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => callback(null, Buffer.concat(chunks)));
  }

  function uploadPdf(actor: Person = focalPoint, cycle = cycleId) {
    return actor.upload(filesUrl(cycle), PDF_BYTES, 'application/pdf', 'Стратегия 2026.pdf');
  }

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
    focalPoint = await person(app, 'focal_point', 'AT');
    await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
  });

  describe('Evidence files', () => {
    describe('when a focal point uploads a PDF to an entry', () => {
      it('stores it in GridFS, lists it on the entry, counts it against the report and records a revision', async () => {
        const { body } = await uploadPdf().expect(201);
        expect(body.file).toEqual({
          id: jasmine.stringMatching(/^[0-9a-f]{24}$/),
          fileName: 'Стратегия 2026.pdf',
          contentType: 'application/pdf',
          size: PDF_BYTES.length,
          uploadedAt: jasmine.any(String),
        });
        expect(body.report.version).toBe(2);
        expect(body.report.entries[0].evidence.files).toEqual([body.file]);
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.filesTotalSize).toBe(PDF_BYTES.length);
        expect(stored?.entries[0]?.evidence.files.map((file) => file.id)).toEqual([body.file.id]);
        const files = await storedFiles();
        expect(files.length).toBe(1);
        expect(String(files[0]?._id)).toBe(body.file.id);
        expect(files[0]?.['length']).toBe(PDF_BYTES.length);
        expect(await RevisionModel.countDocuments({ version: 2, kind: 'file_added' })).toBe(1);
      });

      it('lets the focal point download it as an attachment that browsers must not sniff', async () => {
        const { body } = await uploadPdf().expect(201);
        const download = await focalPoint
          .get(`${filesUrl(cycleId)}/${body.file.id}`)
          .buffer(true)
          .parse(binary)
          .expect(200);
        expect(Buffer.compare(download.body as Buffer, PDF_BYTES)).toBe(0);
        expect(download.headers['content-type']).toBe('application/pdf');
        expect(download.headers['x-content-type-options']).toBe('nosniff');
        expect(download.headers['content-disposition']).toBe(
          `attachment; filename="????????? 2026.pdf"; filename*=UTF-8''${encodeURIComponent('Стратегия 2026.pdf')}`,
        );
      });

      it('accepts a Word document recognised by its ZIP entries', async () => {
        const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        const { body } = await focalPoint.upload(filesUrl(cycleId), DOCX_BYTES, type, 'law.docx').expect(201);
        expect(body.file.contentType).toBe(type);
      });
    });

    describe('when the file is not what it claims or not accepted', () => {
      it('answers 415 for a ".pdf" that is really text, and stores nothing', async () => {
        const response = await focalPoint
          .upload(filesUrl(cycleId), Buffer.from('Just some notes, not a PDF.'), 'application/pdf', 'notes.pdf')
          .expect(415);
        expect(response.body.error.code).toBe('unsupported_file_type');
        expect(await storedFiles()).toEqual([]);
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.version).toBe(1);
        expect(stored?.entries[0]?.evidence.files).toEqual([]);
      });

      it('answers 415 for a PDF declared as a PNG image', async () => {
        const response = await focalPoint.upload(filesUrl(cycleId), PDF_BYTES, 'image/png', 'scan.png').expect(415);
        expect(response.body.error.message).toBe(
          'The content of the file is not PNG as its type "image/png" says (it looks like PDF).',
        );
        expect(await storedFiles()).toEqual([]);
      });

      it('answers 415 for a type we do not accept (an HTML page)', async () => {
        const response = await focalPoint
          .upload(filesUrl(cycleId), Buffer.from('<html><script>alert(1)</script></html>'), 'text/html', 'page.html')
          .expect(415);
        expect(response.body.error.code).toBe('unsupported_file_type');
        expect(await storedFiles()).toEqual([]);
      });

      it('answers 400 without a file name and stores nothing', async () => {
        const response = await focalPoint.upload(filesUrl(cycleId), PDF_BYTES, 'application/pdf', '').expect(400);
        expect(response.body.error.details).toEqual([{ path: 'X-File-Name', message: 'must not be empty' }]);
        expect(await storedFiles()).toEqual([]);
      });
    });

    describe('when a file or the report grows too large', () => {
      it('answers 413 for a file over 20 MB and stores nothing', async () => {
        const tooLarge = Buffer.alloc(MAX_FILE_BYTES + 1, 0x20);
        PDF_BYTES.copy(tooLarge);
        const response = await focalPoint
          .upload(filesUrl(cycleId), tooLarge, 'application/pdf', 'huge.pdf')
          .expect(413);
        expect(response.body.error.code).toBe('file_too_large');
        expect(await storedFiles()).toEqual([]);
        expect((await storedReport(cycleId, 'AT'))?.filesTotalSize).toBe(0);
      });

      it('answers 413 when the report’s files would pass 200 MB, and stores nothing', async () => {
        // As if earlier uploads had used all but 100 bytes of the report's allowance.
        await ReportModel.updateOne({ stateCode: 'AT' }, { $set: { filesTotalSize: MAX_REPORT_FILES_BYTES - 100 } });
        const response = await uploadPdf().expect(413);
        expect(response.body.error.code).toBe('report_files_too_large');
        expect(await storedFiles()).toEqual([]);
        expect(await storedChunks()).toBe(0);
        expect((await storedReport(cycleId, 'AT'))?.filesTotalSize).toBe(MAX_REPORT_FILES_BYTES - 100);
      });
    });

    describe('when someone outside the state reaches for the file', () => {
      it('answers 403 to another state’s download and upload, and 401 without a session', async () => {
        const { body } = await uploadPdf().expect(201);
        const kazakhstan = await person(app, 'focal_point', 'KZ');
        await kazakhstan.get(`${filesUrl(cycleId)}/${body.file.id}`).expect(403);
        await uploadPdf(kazakhstan).expect(403);
        await request(app)
          .get(`${filesUrl(cycleId)}/${body.file.id}`)
          .expect(401);
        expect((await storedFiles()).length).toBe(1);
      });

      it('lets an evaluator download only once the report is approved', async () => {
        const { body } = await uploadPdf().expect(201);
        const evaluator = await person(app, 'evaluator');
        await evaluator.get(`${filesUrl(cycleId)}/${body.file.id}`).expect(403);
        await ReportModel.updateOne({ stateCode: 'AT' }, { $set: { status: 'approved' } });
        const download = await evaluator
          .get(`${filesUrl(cycleId)}/${body.file.id}`)
          .buffer(true)
          .parse(binary)
          .expect(200);
        expect((download.body as Buffer).length).toBe(PDF_BYTES.length);
        await evaluator.delete(`${filesUrl(cycleId)}/${body.file.id}`).expect(403);
      });

      it('answers 404 for a file of another entry', async () => {
        const { body } = await uploadPdf().expect(201);
        await focalPoint.get(`${filesUrl(cycleId, '1.2')}/${body.file.id}`).expect(404);
      });
    });

    describe('when a file is removed', () => {
      it('takes it off the entry, frees its bytes and deletes it from GridFS', async () => {
        const { body } = await uploadPdf().expect(201);
        const removed = await focalPoint.delete(`${filesUrl(cycleId)}/${body.file.id}`).expect(200);
        expect(removed.body.version).toBe(3);
        expect(removed.body.entries[0].evidence.files).toEqual([]);
        const stored = await storedReport(cycleId, 'AT');
        expect(stored?.filesTotalSize).toBe(0);
        expect(await storedFiles()).toEqual([]);
        expect(await storedChunks()).toBe(0);
        expect(await RevisionModel.countDocuments({ kind: 'file_removed' })).toBe(1);
      });

      it('refuses while the report is submitted (409 report_locked) and keeps the file', async () => {
        const { body } = await uploadPdf().expect(201);
        await ReportModel.updateOne({ stateCode: 'AT' }, { $set: { status: 'submitted' } });
        const response = await focalPoint.delete(`${filesUrl(cycleId)}/${body.file.id}`).expect(409);
        expect(response.body.error.code).toBe('report_locked');
        expect((await storedFiles()).length).toBe(1);
        await uploadPdf().expect(409);
      });

      it('keeps the bytes of a carried-over file that the earlier approved report still refers to', async () => {
        const secretariat = await person(app, 'secretariat');
        const { body } = await uploadPdf().expect(201);
        await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 2, entries: allAnswered() }).expect(200);
        await focalPoint.post(`${reportUrl(cycleId, 'AT')}/submit`).expect(200);
        await secretariat.post(`${reportUrl(cycleId, 'AT')}/approve`).expect(200);
        await closeCycleInDatabase(cycleId);
        const next = await createCycle({
          name: { en: '2027 annual report', ru: 'Ежегодный отчёт 2027' },
          periodFrom: '2027-01-01',
          periodTo: '2027-12-31',
        });

        const carried = await focalPoint.get(reportUrl(next, 'AT')).expect(200);
        expect(carried.body.entries[0].evidence.files).toEqual([body.file]);
        expect((await storedReport(next, 'AT'))?.filesTotalSize).toBe(PDF_BYTES.length);
        await focalPoint.get(`${filesUrl(next)}/${body.file.id}`).expect(200);

        await focalPoint.delete(`${filesUrl(next)}/${body.file.id}`).expect(200);
        expect((await storedFiles()).length).toBe(1);
        await focalPoint.get(`${filesUrl(cycleId)}/${body.file.id}`).expect(200);
        await focalPoint.get(`${filesUrl(next)}/${body.file.id}`).expect(404);
      });
    });
  });
});
