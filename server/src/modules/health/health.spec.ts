import mongoose, { type Connection } from 'mongoose';
import request from 'supertest';
import { createApp } from '../../app.js';
import { CONNECTION_OPTIONS } from '../../platform/database/connect.js';
import { FERRETDB_VERSION } from '../../platform/database/ferretdb.js';
import { findFreePort } from '../../platform/database/server-process.js';
import { createTestApp, TEST_CONFIG } from '../../testing/test-app.js';
import { silentLogger, startThrowawayDatabase } from '../../testing/test-database.js';

describe('GET /api/v1/health', () => {
  describe('when the database answers', () => {
    it('reports ok with the database up, uncached', async () => {
      const response = await request(createTestApp()).get('/api/v1/health').expect(200);
      expect(response.body).toEqual({ status: 'ok', db: 'up' });
      expect(response.headers['cache-control']).toBe('no-store');
    });
  });

  describe('when its database goes away and comes back', () => {
    let port: number;
    let database: Awaited<ReturnType<typeof startThrowawayDatabase>> | undefined;
    let connection: Connection;

    beforeAll(async () => {
      port = await findFreePort();
      database = await startThrowawayDatabase(port);
      connection = await mongoose.createConnection(database.uri, CONNECTION_OPTIONS).asPromise();
    }, 120_000);

    afterAll(async () => {
      await connection.close();
      await database?.stop();
    });

    it(`answers 503 while it is down and 200 again once it is back, without a restart (${FERRETDB_VERSION} or mongod)`, async () => {
      const app = createApp({ config: TEST_CONFIG, connection, logger: silentLogger });
      await request(app).get('/api/v1/health').expect(200);

      const dataDir = database!.dataDir;
      await database!.stop();
      const down = await request(app).get('/api/v1/health').expect(503);
      expect(down.body).toEqual({ status: 'degraded', db: 'down' });

      database = await startThrowawayDatabase(port);
      expect(database.dataDir).not.toBe(dataDir);
      const deadline = Date.now() + 15_000;
      let status = 503;
      while (status !== 200 && Date.now() < deadline) {
        status = (await request(app).get('/api/v1/health')).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status).toBe(200);
    }, 60_000);
  });
});
