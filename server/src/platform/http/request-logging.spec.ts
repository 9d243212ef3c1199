import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { requestLogging } from './request-logging.js';

interface LogLine {
  level: number;
  msg: string;
  req?: { id: string; method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
  note?: string;
}

/** An app whose log lines are collected, answering the status asked for in the path. */
function loggedApp() {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      done();
    },
  });
  const app = express();
  app.use(requestLogging(pino({ level: 'info' }, sink)));
  app.get('/status/:code', (req, res) => {
    if (req.query['note'] === 'yes') req.log.info({ note: 'from the handler' }, 'handler says');
    res.status(Number(req.params.code)).json({});
  });
  return { app, lines };
}

/** The log is written on 'close', just after supertest has its answer. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('requestLogging', () => {
  it('logs each answered request once, naming it, at info for 2xx', async () => {
    const { app, lines } = loggedApp();
    const response = await request(app).get('/status/200?x=1').set('X-Request-Id', 'trace-12345678');
    await settle();
    expect(response.headers['x-request-id']).toBe('trace-12345678');
    expect(lines.length).toBe(1);
    expect(lines[0]).toEqual(
      jasmine.objectContaining({
        level: 30,
        msg: 'request completed',
        req: { id: 'trace-12345678', method: 'GET', url: '/status/200?x=1' },
        res: { statusCode: 200 },
      }),
    );
    expect(lines[0]!.responseTime).toBeGreaterThanOrEqual(0);
  });

  it('logs 4xx and an expected 503 as warnings, other 5xx as errors', async () => {
    const { app, lines } = loggedApp();
    for (const code of [404, 503, 500]) await request(app).get(`/status/${code}`);
    await settle();
    expect(lines.map((line) => [line.res?.statusCode, line.level])).toEqual([
      [404, 40],
      [503, 40],
      [500, 50],
    ]);
  });

  it('gives the handler a logger that names the request, and a fresh id when none was sent', async () => {
    const { app, lines } = loggedApp();
    const response = await request(app).get('/status/200?note=yes');
    await settle();
    const id = response.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const fromHandler = lines.find((line) => line.msg === 'handler says');
    expect(fromHandler?.note).toBe('from the handler');
    expect(fromHandler?.req).toEqual({ id: id!, method: 'GET', url: '/status/200?note=yes' });
  });
});
