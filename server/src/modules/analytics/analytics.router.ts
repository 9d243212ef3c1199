import {
  cycleQuerySchema,
  entriesQuerySchema,
  exportQuerySchema,
  profileQuerySchema,
  progressQuerySchema,
  publicationSchema,
  stateCodeSchema,
  trendQuerySchema,
} from '@ppm/shared';
import { Router } from 'express';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole, requireUser } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { cycleIdParam } from '../cycles/index.js';
import type { AnalyticsExports } from './analytics-exports.js';
import type { AnalyticsService } from './analytics.service.js';

/** The progress figures: every signed-in role, each seeing what `viewer-scope.ts` allows. */
export function analyticsRouter(analytics: AnalyticsService, exports: AnalyticsExports): Router {
  const router = Router();
  const query = 'query';

  router.get('/analytics/progress', requireUser, async (req, res) => {
    res.json(await analytics.progress(currentUser(req), validate(progressQuerySchema, req.query, query)));
  });

  router.get('/analytics/trend', requireUser, async (req, res) => {
    res.json(await analytics.trend(currentUser(req), validate(trendQuerySchema, req.query, query)));
  });

  router.get('/analytics/submissions', requireUser, async (req, res) => {
    res.json(await analytics.submissions(currentUser(req), validate(cycleQuerySchema, req.query, query)));
  });

  router.get('/analytics/coverage', requireUser, async (req, res) => {
    res.json(await analytics.coverage(currentUser(req), validate(cycleQuerySchema, req.query, query)));
  });

  router.get('/analytics/entries', requireUser, async (req, res) => {
    res.json(await analytics.entries(currentUser(req), validate(entriesQuerySchema, req.query, query)));
  });

  router.get('/analytics/states/:stateCode/profile', requireUser, async (req, res) => {
    const stateCode = validate(stateCodeSchema, req.params['stateCode'], 'state code');
    res.json(await analytics.profile(currentUser(req), stateCode, validate(profileQuerySchema, req.query, query)));
  });

  router.get('/analytics/peer-learning', requireRole('secretariat', 'admin'), async (req, res) => {
    res.json(await analytics.peerLearning(currentUser(req), validate(cycleQuerySchema, req.query, query)));
  });

  router.get('/analytics/export.xlsx', requireUser, async (req, res) => {
    const file = await exports.xlsx(currentUser(req), validate(exportQuerySchema, req.query, query));
    res.attachment(file.fileName).type(file.contentType).send(file.body);
  });

  router.get('/analytics/export.csv', requireUser, async (req, res) => {
    const file = await exports.csv(currentUser(req), validate(exportQuerySchema, req.query, query));
    res.attachment(file.fileName).type(file.contentType).send(file.body);
  });

  router.get('/analytics/cycles/:cycleId/publication', requireUser, async (req, res) => {
    res.json(await analytics.publication(currentUser(req), cycleIdParam(req.params['cycleId'])));
  });

  router.put('/analytics/cycles/:cycleId/publication', requireRole('secretariat'), async (req, res) => {
    const cycleId = cycleIdParam(req.params['cycleId']);
    const input = validate(publicationSchema, req.body);
    res.json(await analytics.publish(currentUser(req), cycleId, input.published));
  });

  return router;
}
