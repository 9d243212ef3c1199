import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { loadConfig } from '../../config/config.js';
import { silentLogger } from '../../testing/test-database.js';
import { startEmbeddedDatabase } from './embedded-database.js';

describe('startEmbeddedDatabase', () => {
  describe('when stopped and started again on the same data folder', () => {
    let dataDir: string;
    beforeAll(() => {
      dataDir = mkdtempSync(path.join(os.tmpdir(), 'ppm-persist-'));
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('still has the data written before the stop', async () => {
      const options = { dataDir, cacheDir: loadConfig().dbCacheDir, databaseName: 'persist', logger: silentLogger };
      const first = await startEmbeddedDatabase(options);
      const writer = await mongoose.createConnection(first.uri).asPromise();
      await writer.collection('notes').insertOne({ text: 'Прага 2009' });
      await writer.close();
      await first.stop();

      const second = await startEmbeddedDatabase(options);
      const reader = await mongoose.createConnection(second.uri).asPromise();
      const notes = await reader
        .collection('notes')
        .find({}, { projection: { _id: 0 } })
        .toArray();
      await reader.close();
      await second.stop();
      expect(notes.map((note) => String(note['text']))).toEqual(['Прага 2009']);
      expect(second.kind).toBe(first.kind);
    }, 60_000);
  });

  describe('when a document is looked up by _id (the test database)', () => {
    it('finds it through the _id index, not by reading the whole collection', async () => {
      const collection = mongoose.connection.db!.collection<{ _id: string; n: number }>('id_lookups');
      await collection.insertMany(Array.from({ length: 50 }, (_, n) => ({ _id: `report:${n}`, n })));
      const plan = JSON.stringify((await collection.find({ _id: 'report:42' }).explain())['queryPlanner']);
      // FerretDB shows SQLite's plan ("SEARCH … USING INDEX"); MongoDB names an index stage.
      expect(plan).toMatch(/USING INDEX|IDHACK|IXSCAN/);
      expect((await collection.findOne({ _id: 'report:42' }))?.n).toBe(42);
      await collection.drop();
    });
  });
});
