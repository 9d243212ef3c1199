import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';

/** A cycle id that is not even shaped like one names nothing: 404, like an unknown one. */
export function cycleIdParam(value: unknown): string {
  if (typeof value !== 'string' || !mongoose.isObjectIdOrHexString(value)) {
    throw AppError.notFound('There is no such reporting cycle.');
  }
  return value;
}
