import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Express } from 'express';
import mongoose from 'mongoose';
import type request from 'supertest';
import {
  answered,
  createCycle,
  freshReferenceData,
  PDF_BYTES,
  person,
  reportUrl,
  type Person,
} from '../../modules/reports/report-fixtures.spec.js';
import { createTestApp } from '../../testing/test-app.js';
import { BackupError, restoreBackup, writeBackup } from './backup-archive.js';

/** Supertest reads unknown binary bodies into a Buffer with this parser. */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** 600 kB that compress poorly: a file of three GridFS chunks. */
const LARGE_PDF = Buffer.concat([PDF_BYTES, Buffer.from(Array.from({ length: 600_000 }, (_, i) => (i * 7919) % 251))]);

describe('Backup and restore', () => {
  let app: Express;
  let cycleId: string;
  let focalPoint: Person;
  let folder: string;
  const db = () => mongoose.connection.db!;

  beforeEach(async () => {
    await freshReferenceData();
    folder = mkdtempSync(path.join(os.tmpdir(), 'ppm-backup-'));
    app = createTestApp();
    cycleId = await createCycle();
    focalPoint = await person(app, 'focal_point', 'AT');
    await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200);
    await focalPoint
      .put(reportUrl(cycleId, 'AT'), {
        version: 1,
        entries: [answered('1.1', { narrative: { text: 'Закон принят в 2026 году.', lang: 'ru' } })],
      })
      .expect(200);
  });
  afterEach(async () => {
    rmSync(folder, { recursive: true, force: true });
    // Later specs expect the indexes the models declare.
    for (const name of mongoose.modelNames()) await mongoose.model(name).createIndexes();
  });

  const upload = (actionCode: string, bytes: Buffer, name: string) =>
    focalPoint
      .upload(`${reportUrl(cycleId, 'AT')}/entries/${actionCode}/files`, bytes, 'application/pdf', name)
      .expect(201);
  const download = (actionCode: string, fileId: string) =>
    focalPoint
      .get(`${reportUrl(cycleId, 'AT')}/entries/${actionCode}/files/${fileId}`)
      .buffer(true)
      .parse(binary)
      .expect(200);

  describe('when the database is backed up, wiped and restored', () => {
    it('reads back the same reports and the same evidence files, byte for byte', async () => {
      const small = (await upload('1.1', PDF_BYTES, 'Стратегия.pdf')).body.file as { id: string };
      const large = (await upload('2.1', LARGE_PDF, 'annex.pdf')).body.file as { id: string };
      const reportBefore = (await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200)).body as unknown;
      const historyBefore = (await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history`).expect(200)).body as unknown;
      const file = path.join(folder, 'backup.ndjson.gz');

      const backup = await writeBackup(db(), file);
      expect(backup.counts['reports']).toBe(1);
      expect(backup.counts['evidence.files']).toBe(2);
      expect(backup.counts['evidence.chunks']).toBe(1 + 3);

      await db().dropDatabase();
      expect(await db().collection('reports').countDocuments()).toBe(0);

      const restored = await restoreBackup(db(), file, { replace: false });
      expect(restored.counts).toEqual(backup.counts);
      // The session was restored too: the same person reads on.
      expect((await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200)).body).toEqual(reportBefore);
      expect((await focalPoint.get(`${reportUrl(cycleId, 'AT')}/history`).expect(200)).body).toEqual(historyBefore);
      expect((await download('1.1', small.id)).body).toEqual(PDF_BYTES);
      expect((await download('2.1', large.id)).body).toEqual(LARGE_PDF);
      // The unique indexes came back with the data.
      const indexes = await db().collection('users').indexes();
      expect(indexes.some((index) => index.unique === true && 'email' in index.key)).toBeTrue();
    }, 60_000);
  });

  describe('when the database still holds data', () => {
    it('refuses to restore over it unless told to replace it', async () => {
      const file = path.join(folder, 'backup.ndjson.gz');
      await writeBackup(db(), file);
      await focalPoint.put(reportUrl(cycleId, 'AT'), { version: 2, entries: [answered('1.2')] }).expect(200);
      await expectAsync(restoreBackup(db(), file, { replace: false })).toBeRejectedWithError(
        BackupError,
        /already holds data/,
      );
      await restoreBackup(db(), file, { replace: true });
      const report = (await focalPoint.get(reportUrl(cycleId, 'AT')).expect(200)).body as { version: number };
      expect(report.version).toBe(2);
    }, 60_000);
  });

  describe('when the backup file was cut off', () => {
    it('refuses it before changing anything', async () => {
      const file = path.join(folder, 'backup.ndjson.gz');
      await writeBackup(db(), file);
      const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
      const cut = path.join(folder, 'cut.ndjson.gz');
      writeFileSync(cut, gzipSync(lines.slice(0, -3).join('\n')));
      const usersBefore = await db().collection('users').countDocuments();
      await expectAsync(restoreBackup(db(), cut, { replace: true })).toBeRejectedWithError(BackupError, /cut off/);
      expect(await db().collection('users').countDocuments()).toBe(usersBefore);
    }, 60_000);
  });
});
