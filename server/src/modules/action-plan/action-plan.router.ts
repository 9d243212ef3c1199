import {
  actionCodeSchema,
  areaCodeSchema,
  createActionSchema,
  reorderActionsSchema,
  updateActionSchema,
  updateAreaSchema,
} from '@ppm/shared';
import { Router } from 'express';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole, requireUser } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { actionPlanService } from './action-plan.service.js';
import { actionPlanImportRouter } from './import/action-plan-import.router.js';
import { sendCachedJson } from '../reference/send-cached-json.js';
import { pathParam } from './route-params.js';

/** The action plan: everyone signed in reads it; only the Secretariat edits it. */
export function actionPlanRouter(): Router {
  const router = Router();
  const secretariat = requireRole('secretariat');

  router.get('/action-plan', requireUser, async (req, res) => {
    sendCachedJson(req, res, await actionPlanService.current());
  });

  router.patch('/action-plan/areas/:areaCode', secretariat, async (req, res) => {
    const areaCode = pathParam(areaCodeSchema, req.params['areaCode'], 'area');
    const input = validate(updateAreaSchema, req.body);
    res.json(await actionPlanService.updateArea(currentUser(req), areaCode, input));
  });

  router.post('/action-plan/areas/:areaCode/actions', secretariat, async (req, res) => {
    const areaCode = pathParam(areaCodeSchema, req.params['areaCode'], 'area');
    const input = validate(createActionSchema, req.body);
    const { plan, action } = await actionPlanService.addAction(currentUser(req), areaCode, input);
    res.status(201).location(`/api/v1/action-plan/actions/${action.code}`).json(plan);
  });

  router.patch('/action-plan/actions/:actionCode', secretariat, async (req, res) => {
    const actionCode = pathParam(actionCodeSchema, req.params['actionCode'], 'action');
    const input = validate(updateActionSchema, req.body);
    res.json(await actionPlanService.updateAction(currentUser(req), actionCode, input));
  });

  router.put('/action-plan/areas/:areaCode/order', secretariat, async (req, res) => {
    const areaCode = pathParam(areaCodeSchema, req.params['areaCode'], 'area');
    const input = validate(reorderActionsSchema, req.body);
    res.json(await actionPlanService.reorderActions(currentUser(req), areaCode, input));
  });

  router.use(actionPlanImportRouter());
  return router;
}
