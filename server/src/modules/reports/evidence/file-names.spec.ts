import type { Express } from 'express';
import mongoose from 'mongoose';
import { createTestApp } from '../../../testing/test-app.js';
import {
  createCycle,
  DOCX_BYTES,
  freshReferenceData,
  PDF_BYTES,
  person,
  reportUrl,
  type Person,
} from '../report-fixtures.spec.js';

/** The first bytes of a PNG (signature and the start of its header chunk). */
const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

describe('Evidence file names', () => {
  let app: Express;
  let cycleId: string;
  let focalPoint: Person;
  const filesUrl = () => `${reportUrl(cycleId, 'AT')}/entries/1.1/files`;
  const storedFileCount = () => mongoose.connection.db!.collection('evidence.files').countDocuments();

  beforeEach(async () => {
    await freshReferenceData();
    app = createTestApp();
    cycleId = await createCycle();
    focalPoint = await person(app, 'focal_point', 'AT');
    await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
  });

  describe('whose extension is not the type of the content', () => {
    const refused: [string, Buffer, string, string][] = [
      ['PDF bytes named evidence.exe', PDF_BYTES, 'application/pdf', 'evidence.exe'],
      ['PDF bytes named payload.js', PDF_BYTES, 'application/pdf', 'payload.js'],
      ['PDF bytes named x.html', PDF_BYTES, 'application/pdf', 'x.html'],
      ['PDF bytes without an extension', PDF_BYTES, 'application/pdf', 'report'],
      ['PDF bytes named report.pdf.', PDF_BYTES, 'application/pdf', 'report.pdf.'],
      ['PNG bytes named logo.svg', PNG_BYTES, 'image/png', 'logo.svg'],
      [
        'a Word document named law.xlsx',
        DOCX_BYTES,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'law.xlsx',
      ],
    ];
    for (const [what, bytes, type, name] of refused) {
      it(`refuses ${what} with 400 naming X-File-Name, and stores nothing`, async () => {
        const response = await focalPoint.upload(filesUrl(), bytes, type, name).expect(400);
        expect(response.body.error.code).toBe('validation_failed');
        expect(response.body.error.details[0].path).toBe('X-File-Name');
        expect(response.body.error.details[0].message).toMatch(/^must end in \./);
        expect(await storedFileCount()).toBe(0);
      });
    }

    it('says which extension would do', async () => {
      const response = await focalPoint.upload(filesUrl(), PNG_BYTES, 'image/png', 'logo.svg').expect(400);
      expect(response.body.error.details).toEqual([
        { path: 'X-File-Name', message: 'must end in .png for a file of type image/png' },
      ]);
    });
  });

  describe('with a right-to-left override or another invisible formatting character', () => {
    for (const name of [
      'invoice\u202Efdp.exe',
      'invoice\u202E.pdf',
      'law\u200B.pdf',
      'scan\u2028.pdf',
      'a\u0085.pdf',
    ]) {
      it(`refuses ${JSON.stringify(name)} with 400`, async () => {
        const response = await focalPoint.upload(filesUrl(), PDF_BYTES, 'application/pdf', name).expect(400);
        expect(response.body.error.details[0].path).toBe('X-File-Name');
        expect(await storedFileCount()).toBe(0);
      });
    }
  });

  describe('whose extension fits, in any case and spelling', () => {
    it('accepts Scan.PDF, photo.jpeg and photo.JPG and keeps the names as given', async () => {
      const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex');
      await focalPoint.upload(filesUrl(), PDF_BYTES, 'application/pdf', 'Scan.PDF').expect(201);
      await focalPoint.upload(filesUrl(), jpeg, 'image/jpeg', 'photo.jpeg').expect(201);
      const { body } = await focalPoint.upload(filesUrl(), jpeg, 'image/jpeg', 'photo.JPG').expect(201);
      expect(body.file.fileName).toBe('photo.JPG');
      expect(await storedFileCount()).toBe(3);
    });
  });
});
