import {
  createRegionSchema,
  regionCodeSchema,
  stateCodeSchema,
  updateRegionSchema,
  updateStateSchema,
} from '@ppm/shared';
import { Router } from 'express';
import type { z } from 'zod';
import { currentUser } from '../../platform/auth/auth-context.js';
import { requireRole, requireUser } from '../../platform/auth/guards.js';
import { AppError } from '../../platform/http/app-error.js';
import { validate } from '../../platform/http/validate.js';
import { sendCachedJson } from '../reference/send-cached-json.js';
import { statesService } from './states.service.js';

function codeParam(schema: z.ZodType<string>, value: unknown, what: string): string {
  const result = schema.safeParse(value);
  if (!result.success) throw AppError.notFound(`There is no ${what} "${String(value).slice(0, 40)}".`);
  return result.data;
}

/** States and regions: everyone signed in reads them; the Secretariat edits them. */
export function statesRouter(): Router {
  const router = Router();
  const secretariat = requireRole('secretariat');

  router.get('/states', requireUser, async (req, res) => {
    sendCachedJson(req, res, await statesService.states());
  });

  router.patch('/states/:code', secretariat, async (req, res) => {
    const code = codeParam(stateCodeSchema, req.params['code'], 'state');
    const input = validate(updateStateSchema, req.body);
    res.json(await statesService.updateState(currentUser(req), code, input));
  });

  router.get('/regions', requireUser, async (req, res) => {
    sendCachedJson(req, res, await statesService.regions());
  });

  router.post('/regions', secretariat, async (req, res) => {
    const input = validate(createRegionSchema, req.body);
    res.status(201).json(await statesService.createRegion(currentUser(req), input));
  });

  router.patch('/regions/:code', secretariat, async (req, res) => {
    const code = codeParam(regionCodeSchema, req.params['code'], 'region');
    const input = validate(updateRegionSchema, req.body);
    res.json(await statesService.updateRegion(currentUser(req), code, input));
  });

  return router;
}
