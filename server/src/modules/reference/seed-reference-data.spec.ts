import { ActionPlanModel, type StoredPlan } from '../action-plan/action-plan.model.js';
import { RegionModel, StateModel } from '../states/state.model.js';
import { resetDatabase, silentLogger } from '../../testing/test-database.js';
import { seedActionPlan, seedStatesAndRegions } from './seed-reference-data.js';

async function seedAll() {
  await seedStatesAndRegions(silentLogger);
  await seedActionPlan(silentLogger);
}

async function counts() {
  const plans = await ActionPlanModel.find().lean<StoredPlan[]>();
  return {
    plans: plans.length,
    areas: plans[0]?.areas.length,
    actions: plans[0]?.areas.reduce((sum, area) => sum + area.actions.length, 0),
    states: await StateModel.countDocuments(),
    regions: await RegionModel.countDocuments(),
  };
}

describe('seeding the reference data', () => {
  beforeEach(resetDatabase);

  describe('on first start (empty database)', () => {
    it('stores 6 areas with 53 actions as one plan at version 1, 50 states and 8 regions', async () => {
      await seedAll();
      expect(await counts()).toEqual({ plans: 1, areas: 6, actions: 53, states: 50, regions: 8 });
      const plan = await ActionPlanModel.findOne().lean<StoredPlan>();
      expect(plan?.planId).toBe('2023-2027');
      expect(plan?.version).toBe(1);
      expect(plan?.actionsAreIllustrative).toBeTrue();
      expect(plan?.areas.map((area) => area.actions.length)).toEqual([9, 9, 9, 8, 9, 9]);
      expect(plan?.areas[0]?.actions[0]).toEqual({
        code: '1.1',
        title: {
          en: 'Exchange information and joint risk analysis on irregular migration routes',
          ru: 'Обмен информацией и совместный анализ рисков на маршрутах нерегулярной миграции',
        },
        retired: false,
      });
    });
  });

  describe('on a later start', () => {
    it('adds nothing when run again', async () => {
      await seedAll();
      await seedAll();
      expect(await counts()).toEqual({ plans: 1, areas: 6, actions: 53, states: 50, regions: 8 });
    });

    it('never overwrites what the Secretariat changed', async () => {
      await seedAll();
      await ActionPlanModel.updateOne({}, { $set: { 'title.en': 'Edited', version: 7 } });
      await StateModel.updateOne({ code: 'AT' }, { $set: { active: false } });
      await seedAll();
      const plan = await ActionPlanModel.findOne().lean<StoredPlan>();
      expect(plan?.title.en).toBe('Edited');
      expect(plan?.version).toBe(7);
      expect((await StateModel.findOne({ code: 'AT' }).lean())?.active).toBeFalse();
    });
  });
});
