import {
  createEvaluationSchema,
  evidenceQuerySchema,
  finalizeEvaluationSchema,
  reportQuerySchema,
  updateEvaluationSchema,
} from '@ppm/shared';
import { type RequestHandler, Router } from 'express';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { evaluationIdParam } from './evaluation-store.js';
import type { EvaluationsService } from './evaluations.service.js';

/** Evaluations: evaluators and the Secretariat only (focal points reach their passages through the replies router). */
export function evaluationsRouter(evaluations: EvaluationsService): Router {
  const router = Router();
  const writers = requireRole('evaluator', 'secretariat');

  router.get('/evaluations', writers, async (_req, res) => {
    res.json(await evaluations.list());
  });

  router.post('/evaluations', writers, async (req, res) => {
    const input = validate(createEvaluationSchema, req.body);
    const evaluation = await evaluations.create(currentUser(req), input);
    res.status(201).location(`/api/v1/evaluations/${evaluation.id}`).json(evaluation);
  });

  router.get('/evaluations/:evaluationId', writers, async (req, res) => {
    res.json(await evaluations.get(evaluationIdParam(req.params['evaluationId'])));
  });

  router.patch('/evaluations/:evaluationId', writers, async (req, res) => {
    const id = evaluationIdParam(req.params['evaluationId']);
    const input = validate(updateEvaluationSchema, req.body);
    res.json(await evaluations.update(currentUser(req), id, input));
  });

  router.get('/evaluations/:evaluationId/evidence', writers, async (req, res) => {
    const id = evaluationIdParam(req.params['evaluationId']);
    const query = validate(evidenceQuerySchema, req.query, 'query');
    res.json(await evaluations.evidence(id, query));
  });

  router.post('/evaluations/:evaluationId/finalize', writers, async (req, res) => {
    const id = evaluationIdParam(req.params['evaluationId']);
    const input = validate(finalizeEvaluationSchema, req.body ?? {});
    res.json(await evaluations.finalize(currentUser(req), id, input.version));
  });

  const download =
    (format: 'docx' | 'pdf'): RequestHandler =>
    async (req, res) => {
      const id = evaluationIdParam(req.params['evaluationId']);
      const query = validate(reportQuerySchema, req.query, 'query');
      const report = await evaluations.report(id, format, query);
      res.status(200).type(report.contentType).attachment(report.fileName).send(report.body);
    };
  router.get('/evaluations/:evaluationId/report.docx', writers, download('docx'));
  router.get('/evaluations/:evaluationId/report.pdf', writers, download('pdf'));

  router.get('/evaluations/:evaluationId/preview', writers, async (req, res) => {
    const id = evaluationIdParam(req.params['evaluationId']);
    const query = validate(reportQuerySchema, req.query, 'query');
    const report = await evaluations.report(id, 'html', query);
    res.status(200).type(report.contentType).send(report.body);
  });

  return router;
}
