import type { z } from 'zod';
import { AppError } from '../../platform/http/app-error.js';

/** A path parameter that is not even shaped like a code names nothing: 404, like an unknown one. */
export function pathParam(schema: z.ZodType<string>, value: unknown, what: string): string {
  const result = schema.safeParse(value);
  if (!result.success) throw AppError.notFound(`There is no ${what} "${String(value).slice(0, 40)}".`);
  return result.data;
}
