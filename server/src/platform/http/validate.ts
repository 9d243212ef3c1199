import type { z } from 'zod';
import { AppError } from './app-error.js';
import { zodIssuesToFieldErrors } from './error-handler.js';

/**
 * Parses request input with a (shared) zod schema; a failure is a 400 whose details list each
 * bad field, so the client can put the message on the right control.
 */
export function validate<Schema extends z.ZodType>(schema: Schema, input: unknown, what = 'request'): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw AppError.badRequest(`The ${what} is not valid.`, zodIssuesToFieldErrors(result.error));
  }
  return result.data;
}
