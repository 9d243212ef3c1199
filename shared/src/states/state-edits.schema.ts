import { z } from 'zod';
import { localizedTextSchema } from '../i18n/locale.js';
import { regionCodeSchema } from './state.schema.js';

const strictName = z.strictObject(localizedTextSchema.shape);

/** Secretariat edit of a state: an inactive state keeps its history but leaves new cycles. */
export const updateStateSchema = z
  .strictObject({
    active: z.boolean().optional(),
    region: regionCodeSchema.optional(),
    name: strictName.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.active === undefined && value.region === undefined && value.name === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'Give at least one of: active, region, name' });
    }
  });
export type UpdateStateInput = z.infer<typeof updateStateSchema>;

export const createRegionSchema = z.strictObject({ code: regionCodeSchema, name: strictName });
export type CreateRegionInput = z.infer<typeof createRegionSchema>;

export const updateRegionSchema = z.strictObject({ name: strictName });
export type UpdateRegionInput = z.infer<typeof updateRegionSchema>;
