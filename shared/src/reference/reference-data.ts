import { z } from 'zod';
import raw from './reference-data.json' with { type: 'json' };
import { actionPlanSchema } from '../action-plan/action-plan.schema.js';
import { evaluationCriterionSchema } from '../evaluation/criteria.js';
import { participationOptionSchema, scaleLevelSchema } from '../reporting/scales.js';
import { regionSchema, stateSchema } from '../states/state.schema.js';

/**
 * The reference data the database is seeded from on first start. Everything but the
 * actions is public fact; the 53 actions are illustrative until the Secretariat loads
 * the official list.
 */
export const referenceDataSchema = z
  .object({
    actionPlan: actionPlanSchema.and(z.object({ actionsAreIllustrative: z.boolean() })),
    regions: z.array(regionSchema).min(1),
    states: z.array(stateSchema).min(1),
    implementationScale: z.array(scaleLevelSchema).length(4),
    participation: z.object({ values: z.array(participationOptionSchema).length(2) }),
    evaluationCriteria2015: z.array(evaluationCriterionSchema).length(5),
  })
  .superRefine((data, ctx) => {
    const regions = new Set(data.regions.map((region) => region.code));
    data.states.forEach((state, index) => {
      if (!regions.has(state.region)) {
        ctx.addIssue({ code: 'custom', path: ['states', index, 'region'], message: `Unknown region ${state.region}` });
      }
    });
  });
export type ReferenceData = z.infer<typeof referenceDataSchema>;

/** Parsed once at import: a broken reference file fails loudly, not halfway through a seed. */
export const referenceData: ReferenceData = referenceDataSchema.parse(raw);
