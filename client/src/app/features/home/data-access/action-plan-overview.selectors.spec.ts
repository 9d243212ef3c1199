import type { ActionPlanView } from '@ppm/shared';

import { planFixture } from '../../action-plan/data-access/testing/plan-fixture';
import { selectActionPlanOverview, summariseActionPlan } from './action-plan-overview.selectors';

const text = (en: string, ru: string) => ({ en, ru });

const smallPlan: ActionPlanView = {
  version: 2,
  title: text('Plan', 'План'),
  period: { from: 2028, to: 2032 },
  actionsAreIllustrative: false,
  areas: [
    {
      code: '1',
      title: text('First area', 'Первая область'),
      shortTitle: text('First', 'Первая'),
      actions: [
        { code: '1.1', title: text('A', 'А'), retired: false },
        { code: '1.2', title: text('B', 'Б'), retired: true },
        { code: '1.3', title: text('C', 'В'), retired: false },
      ],
    },
    {
      code: '2',
      title: text('Second area', 'Вторая область'),
      shortTitle: text('Second', 'Вторая'),
      actions: [{ code: '2.1', title: text('D', 'Г'), retired: false }],
    },
  ],
};

describe('summariseActionPlan', () => {
  it('gives titles in the requested language', () => {
    const overview = summariseActionPlan(smallPlan, 'ru');

    expect(overview.title).toBe('План');
    expect(overview.areas.map((area) => [area.title, area.shortTitle])).toEqual([
      ['Первая область', 'Первая'],
      ['Вторая область', 'Вторая'],
    ]);
  });

  it('counts only actions still in force, per area and in total', () => {
    const overview = summariseActionPlan(smallPlan, 'en');

    expect(overview.areas.map((area) => area.actionCount)).toEqual([2, 1]);
    expect(overview.actionCount).toBe(3);
  });

  it('keeps the period and whether the actions are illustrative', () => {
    const overview = summariseActionPlan(smallPlan, 'en');

    expect(overview.period).toEqual({ from: 2028, to: 2032 });
    expect(overview.actionsAreIllustrative).toBeFalse();
  });
});

describe('selectActionPlanOverview', () => {
  it('is null until the plan has arrived', () => {
    expect(selectActionPlanOverview.projector(null, 'en')).toBeNull();
  });

  describe('for a plan shaped like the Action Plan 2023-2027', () => {
    const overview = selectActionPlanOverview.projector(planFixture(), 'en')!;

    it('has six cooperation areas, in plan order', () => {
      expect(overview.areas.map((area) => area.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    });

    it('has 53 actions: nine in each area but the fourth, which has eight', () => {
      expect(overview.areas.map((area) => area.actionCount)).toEqual([9, 9, 9, 8, 9, 9]);
      expect(overview.actionCount).toBe(53);
    });

    it('runs from 2023 to 2027 and flags its actions as illustrative', () => {
      expect(overview.period).toEqual({ from: 2023, to: 2027 });
      expect(overview.actionsAreIllustrative).toBeTrue();
    });
  });
});
