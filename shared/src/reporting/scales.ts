import { z } from 'zod';
import { localizedTextSchema } from '../i18n/locale.js';

/** How far a participating state has implemented an action, from 0 (not started) to 3 (completed). */
export const IMPLEMENTATION_STATUSES = ['not_started', 'limited', 'substantial', 'completed'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];
export const implementationStatusSchema = z.enum(IMPLEMENTATION_STATUSES);

/**
 * Participation is voluntary: "not_participating" is a legitimate answer and never counts
 * as "not_started" in any figure.
 */
export const PARTICIPATION_VALUES = ['participating', 'not_participating'] as const;
export type Participation = (typeof PARTICIPATION_VALUES)[number];
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
