import { compareRevisionsQuerySchema } from '@ppm/shared';
import { Router } from 'express';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireUser } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { reportHistoryService } from './report-history.service.js';
import { reportParams } from './report-params.js';

/** How a report came about; the state's people and the Secretariat only (checked by the service). */
export function reportHistoryRouter(): Router {
  const router = Router();

  router.get('/cycles/:cycleId/reports/:stateCode/history', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    res.json(await reportHistoryService.history(currentUser(req), cycleId, stateCode));
  });

  router.get('/cycles/:cycleId/reports/:stateCode/history/compare', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const { from, to } = validate(compareRevisionsQuerySchema, req.query, 'query');
    res.json(await reportHistoryService.compare(currentUser(req), cycleId, stateCode, from, to));
  });

  router.get('/cycles/:cycleId/reports/:stateCode/timeline', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    res.json(await reportHistoryService.timeline(currentUser(req), cycleId, stateCode));
  });

  router.get('/cycles/:cycleId/reports/:stateCode/changes', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    res.json(await reportHistoryService.changes(currentUser(req), cycleId, stateCode));
  });

  return router;
}
