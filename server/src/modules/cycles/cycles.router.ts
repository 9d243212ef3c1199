import { createCycleSchema, deadlineExtensionSchema, updateCycleSchema } from '@ppm/shared';
import { Router } from 'express';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole, requireUser } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { cycleIdParam } from './cycle-params.js';
import type { CyclesService } from './cycles.service.js';

/** Reporting cycles: everyone signed in reads them; the Secretariat plans, opens, closes and extends. */
export function cyclesRouter(cycles: CyclesService): Router {
  const router = Router();
  const secretariat = requireRole('secretariat');

  router.get('/cycles', requireUser, async (req, res) => {
    res.json(await cycles.list(currentUser(req)));
  });

  router.post('/cycles', secretariat, async (req, res) => {
    const input = validate(createCycleSchema, req.body);
    const cycle = await cycles.create(currentUser(req), input);
    res.status(201).location(`/api/v1/cycles/${cycle.id}`).json(cycle);
  });

  router.get('/cycles/:cycleId', requireUser, async (req, res) => {
    res.json(await cycles.get(currentUser(req), cycleIdParam(req.params['cycleId'])));
  });

  router.patch('/cycles/:cycleId', secretariat, async (req, res) => {
    const cycleId = cycleIdParam(req.params['cycleId']);
    const input = validate(updateCycleSchema, req.body);
    res.json(await cycles.update(currentUser(req), cycleId, input));
  });

  router.post('/cycles/:cycleId/deadline-extensions', secretariat, async (req, res) => {
    const cycleId = cycleIdParam(req.params['cycleId']);
    const input = validate(deadlineExtensionSchema, req.body);
    res.json(await cycles.extendDeadline(currentUser(req), cycleId, input));
  });

  return router;
}
