import { Router } from 'express';
import type { Connection } from 'mongoose';
import { checkHealth } from './health.service.js';

/** `GET /health`: 200 when the database answers, 503 while it does not. Never cached. */
export function healthRouter(connection: Connection): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const report = await checkHealth(connection);
    res
      .status(report.db === 'up' ? 200 : 503)
      .setHeader('Cache-Control', 'no-store')
      .json(report);
  });
  return router;
}
