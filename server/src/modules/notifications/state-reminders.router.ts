import { Router } from 'express';
import { z } from 'zod';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole } from '../../platform/auth/guards.js';
import { validate } from '../../platform/http/validate.js';
import { cycleIdParam } from '../cycles/index.js';
import { reportParams } from '../reports/report-params.js';
import type { StateRemindersService } from './state-reminders.js';

/** "Remind" takes no options: an empty body (or none). */
const remindSchema = z.strictObject({});

/** The Secretariat's view of one state's reminders in a cycle, and sending them by hand: to one state, or to every late one. */
export function stateRemindersRouter(reminders: StateRemindersService): Router {
  const router = Router();
  const secretariat = requireRole('secretariat');

  router.post('/cycles/:cycleId/reminders', secretariat, async (req, res) => {
    const cycleId = cycleIdParam(req.params['cycleId']);
    validate(remindSchema, req.body ?? {});
    res.json(await reminders.remindLate(currentUser(req), cycleId));
  });

  router.get('/cycles/:cycleId/reminders/:stateCode', secretariat, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    res.json(await reminders.status(cycleId, stateCode));
  });

  router.post('/cycles/:cycleId/reminders/:stateCode', secretariat, async (req, res) => {
    const { cycleId, stateCode } = reportParams(req);
    validate(remindSchema, req.body ?? {});
    res.status(201).json(await reminders.remind(currentUser(req), cycleId, stateCode));
  });

  return router;
}
