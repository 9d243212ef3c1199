import { z } from 'zod';
import { localizedTextSchema } from '../i18n/locale.js';

/** Area codes are "1".."n"; action codes are "<area>.<n>", e.g. "3.4". */
export const areaCodeSchema = z.string().regex(/^[1-9]\d?$/, 'An area code is a number such as "1"');
export const actionCodeSchema = z
  .string()
  .regex(/^[1-9]\d?\.[1-9]\d?$/, 'An action code looks like "1.2": area number, dot, action number');

export const actionSchema = z.object({
  code: actionCodeSchema,
  title: localizedTextSchema,
  retired: z.boolean().default(false),
});
export type Action = z.infer<typeof actionSchema>;

export const areaSchema = z
  .object({
    code: areaCodeSchema,
    title: localizedTextSchema,
    shortTitle: localizedTextSchema,
    actions: z.array(actionSchema),
  })
  .superRefine((area, ctx) => {
    area.actions.forEach((action, index) => {
      if (actionArea(action.code) !== area.code) {
        ctx.addIssue({
          code: 'custom',
          path: ['actions', index, 'code'],
          message: `Action ${action.code} does not belong to area ${area.code}`,
        });
      }
    });
    reportDuplicates(
      area.actions.map((action) => action.code),
      (index, code) =>
        ctx.addIssue({ code: 'custom', path: ['actions', index, 'code'], message: `Action ${code} is listed twice` }),
    );
  });
export type Area = z.infer<typeof areaSchema>;

export const actionPlanSchema = z
  .object({
    title: localizedTextSchema,
    period: z.object({ from: z.number().int().min(2000), to: z.number().int().max(2100) }),
    areas: z.array(areaSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    if (plan.period.to < plan.period.from) {
      ctx.addIssue({ code: 'custom', path: ['period', 'to'], message: 'The plan ends before it starts' });
    }
    reportDuplicates(
      plan.areas.map((area) => area.code),
      (index, code) =>
        ctx.addIssue({ code: 'custom', path: ['areas', index, 'code'], message: `Area ${code} is listed twice` }),
    );
  });
export type ActionPlan = z.infer<typeof actionPlanSchema>;

/** The area an action code belongs to: "3.4" → "3". */
export function actionArea(actionCode: string): string {
  return actionCode.slice(0, actionCode.indexOf('.'));
}

/** Orders action codes numerically, so that "1.10" follows "1.9". */
export function compareActionCodes(a: string, b: string): number {
  const [areaA = 0, numberA = 0] = a.split('.').map(Number);
  const [areaB = 0, numberB = 0] = b.split('.').map(Number);
  return areaA - areaB || numberA - numberB;
}

/** Every action of the plan still in force, in plan order. */
export function activeActions(plan: ActionPlan): Action[] {
  return plan.areas.flatMap((area) => area.actions.filter((action) => !action.retired));
}

function reportDuplicates(codes: string[], report: (index: number, code: string) => void): void {
  const seen = new Set<string>();
  codes.forEach((code, index) => {
    if (seen.has(code)) report(index, code);
    seen.add(code);
  });
}
