import { reopenReportSchema, returnReportSchema, transitionRemarkSchema } from '@ppm/shared';
import { Router } from 'express';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole, requireUser } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { cycleIdParam } from '../cycles/cycle-params.js';
import { reportParams } from './report-params.js';
import { parseSaveInput } from './save-input.js';
import type { ReportWorkflowService } from './report-workflow.service.js';
import type { ReportsService } from './reports.service.js';

/** A state's report: the review list, reading, saving, and the workflow moves. */
export function reportsRouter(reports: ReportsService, workflow: ReportWorkflowService): Router {
  const router = Router();
  const readers = requireRole('secretariat', 'evaluator', 'focal_point', 'contributor');
  const editors = requireRole('secretariat', 'focal_point', 'contributor');

  router.get('/cycles/:cycleId/reports', readers, async (req, res) => {
    res.json(await reports.reviewList(currentUser(req), cycleIdParam(req.params['cycleId'])));
  });

  router.get('/cycles/:cycleId/reports/:stateCode', readers, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const report = await reports.get(currentUser(req), cycleId, stateCode);
    // Express sends an ETag of the answer and 304 to a matching If-None-Match; browsers ask each time.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(report);
  });

  router.put('/cycles/:cycleId/reports/:stateCode', editors, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const input = parseSaveInput(req.body);
    res.json(await reports.save(currentUser(req), cycleId, stateCode, input));
  });

  // Who may make each move is the workflow's rule (REPORT_TRANSITIONS): 403 comes from there.
  router.post('/cycles/:cycleId/reports/:stateCode/submit', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const { comment } = validate(transitionRemarkSchema, req.body ?? {});
    res.json(await workflow.submit(currentUser(req), cycleId, stateCode, comment));
  });

  router.post('/cycles/:cycleId/reports/:stateCode/return', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const input = validate(returnReportSchema, req.body);
    res.json(await workflow.return(currentUser(req), cycleId, stateCode, input));
  });

  router.post('/cycles/:cycleId/reports/:stateCode/approve', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const { comment } = validate(transitionRemarkSchema, req.body ?? {});
    res.json(await workflow.approve(currentUser(req), cycleId, stateCode, comment));
  });

  router.post('/cycles/:cycleId/reports/:stateCode/reopen', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const { comment } = validate(reopenReportSchema, req.body);
    res.json(await workflow.reopen(currentUser(req), cycleId, stateCode, comment));
  });

  return router;
}
