import { actionArea, actionPlanSchema, compareActionCodes } from './action-plan.schema.js';

const title = { en: 'T', ru: 'Т' };

describe('actionPlanSchema', () => {
  const plan = (actions: string[]) => ({
    title,
    period: { from: 2023, to: 2027 },
    areas: [{ code: '1', title, shortTitle: title, actions: actions.map((code) => ({ code, title })) }],
  });

  it('accepts a plan whose actions belong to their area, marking them not retired', () => {
    const result = actionPlanSchema.parse(plan(['1.1', '1.2']));
    expect(result.areas[0]?.actions.map((action) => action.retired)).toEqual([false, false]);
  });

  describe('when an action is filed under the wrong area', () => {
    it('names the action and the area', () => {
      const result = actionPlanSchema.safeParse(plan(['1.1', '2.1']));
      expect(result.error?.issues[0]?.message).toBe('Action 2.1 does not belong to area 1');
      expect(result.error?.issues[0]?.path).toEqual(['areas', 0, 'actions', 1, 'code']);
    });
  });

  describe('when an action code is listed twice', () => {
    it('points at the second occurrence', () => {
      const result = actionPlanSchema.safeParse(plan(['1.1', '1.1']));
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Action 1.1 is listed twice']);
    });
  });

  describe('when a title is blank in Russian', () => {
    it('is refused', () => {
      const bad = plan(['1.1']);
      bad.areas[0]!.actions[0]!.title = { en: 'x', ru: '   ' };
      expect(actionPlanSchema.safeParse(bad).success).toBeFalse();
    });
  });

  describe('when the period ends before it starts', () => {
    it('is refused on period.to', () => {
      const result = actionPlanSchema.safeParse({ ...plan([]), period: { from: 2027, to: 2023 } });
      expect(result.error?.issues[0]?.path).toEqual(['period', 'to']);
    });
  });
});

describe('compareActionCodes', () => {
  it('orders codes numerically, 1.10 after 1.9 and 2.1 after both', () => {
    expect(['2.1', '1.10', '1.9', '1.2'].sort(compareActionCodes)).toEqual(['1.2', '1.9', '1.10', '2.1']);
  });
});

describe('actionArea', () => {
  it('reads the area from the code', () => {
    expect(actionArea('12.3')).toBe('12');
  });
});
