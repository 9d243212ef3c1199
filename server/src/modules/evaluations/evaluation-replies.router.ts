import { createReplySchema, handleReplySchema, openReplyWindowSchema, stateCodeSchema } from '@ppm/shared';
import { Router } from 'express';
import { z } from 'zod';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { evaluationIdParam, notFound } from './evaluation-store.js';
import type { EvaluationRepliesService } from './evaluation-replies.service.js';

const passagesQuerySchema = z.strictObject({ stateCode: stateCodeSchema.optional() });

function replyIdParam(value: unknown): string {
  if (typeof value !== 'string' || !/^[0-9a-fA-F]{24}$/.test(value)) throw notFound();
  return value;
}

/**
 * The right of reply. Mounted before the evaluations router, so that focal points reach these
 * paths (everything else about evaluations is 403 for them).
 */
export function evaluationRepliesRouter(replies: EvaluationRepliesService): Router {
  const router = Router();
  const writers = requireRole('evaluator', 'secretariat');
  const readers = requireRole('evaluator', 'secretariat', 'focal_point');

  router.get('/evaluations/reply-windows', requireRole('focal_point'), async (_req, res) => {
    res.json(await replies.openWindows());
  });

  router.post('/evaluations/:evaluationId/reply-window', writers, async (req, res) => {
    const id = evaluationIdParam(req.params['evaluationId']);
    const input = validate(openReplyWindowSchema, req.body);
    res.json(await replies.openWindow(id, input));
  });

  router.delete('/evaluations/:evaluationId/reply-window', writers, async (req, res) => {
    res.json(await replies.closeWindow(evaluationIdParam(req.params['evaluationId'])));
  });

  router.get('/evaluations/:evaluationId/passages', readers, async (req, res) => {
    const id = evaluationIdParam(req.params['evaluationId']);
    const query = validate(passagesQuerySchema, req.query, 'query');
    res.json(await replies.passages(currentUser(req), id, query.stateCode));
  });

  router.get('/evaluations/:evaluationId/replies', readers, async (req, res) => {
    res.json(await replies.list(currentUser(req), evaluationIdParam(req.params['evaluationId'])));
  });

  router.post('/evaluations/:evaluationId/replies', requireRole('focal_point'), async (req, res) => {
    const id = evaluationIdParam(req.params['evaluationId']);
    const input = validate(createReplySchema, req.body);
    res.status(201).json(await replies.create(currentUser(req), id, input));
  });

  router.patch('/evaluations/:evaluationId/replies/:replyId', writers, async (req, res) => {
    const id = evaluationIdParam(req.params['evaluationId']);
    const replyId = replyIdParam(req.params['replyId']);
    const input = validate(handleReplySchema, req.body);
    res.json(await replies.handle(currentUser(req), id, replyId, input));
  });

  return router;
}
