import { z } from 'zod';
import { localizedTextSchema } from '../i18n/locale.js';
import { stateCodeSchema } from '../states/state.schema.js';

export const CYCLE_STATUSES = ['planned', 'open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** A calendar day, "2026-03-31". */
export const isoDateSchema = z.iso.date({ error: 'must be a date like 2026-03-31' });

const cycleFields = {
  name: localizedTextSchema,
  periodFrom: isoDateSchema,
  periodTo: isoDateSchema,
  opensAt: isoDateSchema,
  deadline: isoDateSchema,
  expectedStates: z.array(stateCodeSchema).min(1, 'must name at least one state').max(100),
};

function checkDates(
  cycle: Partial<Record<'periodFrom' | 'periodTo' | 'opensAt' | 'deadline', string>>,
  ctx: z.RefinementCtx,
) {
  if (cycle.periodFrom && cycle.periodTo && cycle.periodTo < cycle.periodFrom) {
    ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'must not be before the start of the period' });
  }
  if (cycle.opensAt && cycle.deadline && cycle.deadline < cycle.opensAt) {
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'must not be before the opening date' });
  }
}

export const createCycleSchema = z
  .strictObject({ ...cycleFields, expectedStates: cycleFields.expectedStates.optional() })
  .superRefine(checkDates);
export type CreateCycleInput = z.input<typeof createCycleSchema>;

export const updateCycleSchema = z
  .strictObject({
    name: cycleFields.name.optional(),
    periodFrom: cycleFields.periodFrom.optional(),
    periodTo: cycleFields.periodTo.optional(),
    opensAt: cycleFields.opensAt.optional(),
    deadline: cycleFields.deadline.optional(),
    expectedStates: cycleFields.expectedStates.optional(),
    status: z.enum(CYCLE_STATUSES).optional(),
  })
  .superRefine(checkDates);
export type UpdateCycleInput = z.input<typeof updateCycleSchema>;

export const deadlineExtensionSchema = z.strictObject({ stateCode: stateCodeSchema, deadline: isoDateSchema });

export interface Cycle {
  id: string;
  name: { en: string; ru: string };
  periodFrom: string;
  periodTo: string;
  opensAt: string;
  deadline: string;
  expectedStates: string[];
  status: CycleStatus;
  /** Later deadlines granted to single states. */
  deadlineExtensions: { stateCode: string; deadline: string }[];
}
