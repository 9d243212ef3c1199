import { referenceData, referenceDataSchema } from './reference-data.js';
import raw from './reference-data.json' with { type: 'json' };
import { activeActions } from '../action-plan/action-plan.schema.js';

describe('referenceData', () => {
  it('holds the six cooperation areas in the order of the Action Plan', () => {
    expect(referenceData.actionPlan.areas.map((area) => area.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(referenceData.actionPlan.areas[0]?.title.en).toBe('Preventing and fighting illegal migration');
  });

  it('holds 53 actions, all active, each titled in English and Russian', () => {
    const actions = activeActions(referenceData.actionPlan);
    expect(actions.length).toBe(53);
    expect(actions.every((action) => action.title.en.length > 0 && action.title.ru.length > 0)).toBeTrue();
  });

  it('flags its actions as illustrative', () => {
    expect(referenceData.actionPlan.actionsAreIllustrative).toBeTrue();
  });

  it('holds 50 states, each in a known region, Kosovo* under XK', () => {
    expect(referenceData.states.length).toBe(50);
    const kosovo = referenceData.states.find((state) => state.code === 'XK');
    expect(kosovo?.name.en).toBe('Kosovo*');
    expect(kosovo?.region).toBe('WB');
    expect(
      referenceData.states
        .filter((state) => state.region === 'CA')
        .map((state) => state.code)
        .sort(),
    ).toEqual(['KG', 'KZ', 'TJ', 'TM', 'UZ']);
  });

  it('scores the implementation scale from 0 (not started) to 3 (completed)', () => {
    expect(referenceData.implementationScale.map((level) => [level.code, level.score])).toEqual([
      ['not_started', 0],
      ['limited', 1],
      ['substantial', 2],
      ['completed', 3],
    ]);
  });

  describe('when a state names a region that does not exist', () => {
    it('is refused with the path of the bad state', () => {
      const broken = structuredClone(raw) as { states: { region: string }[] };
      broken.states[3]!.region = 'ATLANTIS';
      const result = referenceDataSchema.safeParse(broken);
      expect(result.success).toBeFalse();
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('states.3.region');
    });
  });
});
