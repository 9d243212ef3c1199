import { commentsQuerySchema, threadCommentSchema } from '@ppm/shared';
import { Router } from 'express';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireUser } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import type { ReportCommentsService } from './report-comments.service.js';
import { reportParams } from './report-params.js';

/** Comment threads about entries, between the state and the Secretariat. */
export function reportCommentsRouter(comments: ReportCommentsService): Router {
  const router = Router();

  router.get('/cycles/:cycleId/reports/:stateCode/comments', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const { actionCode } = validate(commentsQuerySchema, req.query, 'query');
    res.json(await comments.list(currentUser(req), cycleId, stateCode, actionCode));
  });

  router.post('/cycles/:cycleId/reports/:stateCode/comments', requireUser, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    const input = validate(threadCommentSchema, req.body, 'comment');
    res.status(201).json(await comments.add(currentUser(req), cycleId, stateCode, input));
  });

  return router;
}
