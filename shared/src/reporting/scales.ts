import { z } from 'zod';
import { localizedTextSchema } from '../i18n/locale.js';
import { IMPLEMENTATION_STATUSES, PARTICIPATION_VALUES } from './codes.js';

export { IMPLEMENTATION_STATUSES, PARTICIPATION_VALUES } from './codes.js';
export type { ImplementationStatus, Participation } from './codes.js';

export const implementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);

export const participationSchema = z.enum(PARTICIPATION_VALUES);

export const scaleLevelSchema = z.object({
  code: implementationStatusSchema,
  label: localizedTextSchema,
  score: z.number().int().min(0),
});
export type ScaleLevel = z.infer<typeof scaleLevelSchema>;

export const participationOptionSchema = z.object({
  code: participationSchema,
  label: localizedTextSchema,
});
export type ParticipationOption = z.infer<typeof participationOptionSchema>;
