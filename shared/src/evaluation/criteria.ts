import { z } from 'zod';
import { localizedTextSchema } from '../i18n/locale.js';

/** The five criteria of the 2015 evaluation of the Action Plan 2012-2016. */
export const EVALUATION_CRITERIA = [
  'relevance',
  'impact',
  'effectiveness',
  'efficiency',
  'external_coherence',
] as const;
export type EvaluationCriterion = (typeof EVALUATION_CRITERIA)[number];

export const evaluationCriterionSchema = z.object({
  code: z.enum(EVALUATION_CRITERIA),
  label: localizedTextSchema,
});
export type EvaluationCriterionOption = z.infer<typeof evaluationCriterionSchema>;
