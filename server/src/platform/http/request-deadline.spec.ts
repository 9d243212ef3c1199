import express from 'express';
import mongoose from 'mongoose';
import request from 'supertest';
import { silentLogger } from '../../testing/test-database.js';
import { DatabaseOutage, isDatabaseUnavailable } from '../database/database-outage.js';
import { errorHandler } from './error-handler.js';
import { requestDeadline } from './request-deadline.js';

/** An app whose one route answers after `ms`, behind a 100 ms deadline. */
function slowApp(outage: DatabaseOutage, ms: number) {
  const app = express();
  app.use(requestDeadline(outage, 100));
  app.get('/slow', async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    res.json({ done: true });
  });
  app.use(errorHandler(outage));
  return app;
}

describe('requestDeadline', () => {
  describe('when a request is slow but the database answers', () => {
    it('lets it finish', async () => {
      const outage = new DatabaseOutage(mongoose.connection, silentLogger);
      const response = await request(slowApp(outage, 400)).get('/slow').expect(200);
      expect(response.body).toEqual({ done: true });
      expect(outage.active).toBeFalse();
    });
  });

  describe('during an outage that is already known', () => {
    it('answers 503 at once with Retry-After, without waiting for the handler', async () => {
      const outage = new DatabaseOutage(mongoose.connection, silentLogger, 60_000);
      outage.noticed();
      const started = Date.now();
      const response = await request(slowApp(outage, 2000)).get('/slow').expect(503);
      expect(Date.now() - started).toBeLessThan(500);
      expect(response.headers['retry-after']).toBe('5');
      expect(response.body.error.code).toBe('database_unavailable');
      outage.stop();
    });
  });
});

describe('isDatabaseUnavailable', () => {
  it('tells driver connection and timeout errors from other errors', () => {
    const { mongo } = mongoose;
    expect(isDatabaseUnavailable(new mongo.MongoNetworkTimeoutError('socket timed out'))).toBeTrue();
    expect(isDatabaseUnavailable(new mongo.MongoNotConnectedError('not connected'))).toBeTrue();
    expect(
      isDatabaseUnavailable(new mongoose.Error('Operation `reports.findOne()` buffering timed out after 3000ms')),
    ).toBeTrue();
    expect(isDatabaseUnavailable(Object.assign(new Error('operation exceeded time limit'), { code: 50 }))).toBeTrue();
    expect(isDatabaseUnavailable(Object.assign(new Error('E11000 duplicate key'), { code: 11000 }))).toBeFalse();
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBeFalse();
  });
});
