import { actionCodeSchema, stateCodeSchema } from '@ppm/shared';
import type { Request } from 'express';
import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { cycleIdParam } from '../cycles/cycle-params.js';

/** Path parameters that are not even shaped right name nothing: 404, like unknown ones. */
export function reportParams(req: Request): { cycleId: string; stateCode: string } {
  const cycleId = cycleIdParam(req.params['cycleId']);
  const stateCode = stateCodeSchema.safeParse(req.params['stateCode']);
  if (!stateCode.success) throw AppError.notFound('There is no such state.');
  return { cycleId, stateCode: stateCode.data };
}

export function actionCodeParam(req: Request): string {
  const result = actionCodeSchema.safeParse(req.params['actionCode']);
  if (!result.success) throw AppError.notFound('There is no such action.');
  return result.data;
}

export function fileIdParam(req: Request): string {
  const value = req.params['fileId'];
  if (typeof value !== 'string' || !mongoose.isObjectIdOrHexString(value))
    throw AppError.notFound('There is no such file.');
  return value;
}
