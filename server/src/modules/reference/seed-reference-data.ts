import { referenceData } from '@ppm/shared';
import type { Logger } from '../../platform/logger.js';
import { ActionPlanModel } from '../action-plan/action-plan.model.js';
import { RegionModel, StateModel } from '../states/state.model.js';
import { insertOnce } from '../../platform/database/insert-once.js';
import { markReferenceChanged } from './reference-stamp.js';

/** On first start, fills regions and states from the shared reference data; never overwrites. */
export async function seedStatesAndRegions(logger: Logger): Promise<void> {
  const seedRegions = (await RegionModel.estimatedDocumentCount()) === 0;
  if (seedRegions) {
    await RegionModel.insertMany(referenceData.regions);
    logger.info({ count: referenceData.regions.length }, 'Seeded regions from the reference data');
  }
  const seedStates = (await StateModel.estimatedDocumentCount()) === 0;
  if (seedStates) {
    await StateModel.insertMany(referenceData.states.map((state) => ({ ...state, note: state.note ?? null })));
    logger.info({ count: referenceData.states.length }, 'Seeded states from the reference data');
  }
  if (seedRegions || seedStates) await markReferenceChanged();
}

/**
 * On first start, stores the action plan of the reference data (six areas, 53 illustrative
 * actions) as version 1; an existing plan is never touched.
 */
export async function seedActionPlan(logger: Logger): Promise<void> {
  // The unique (planId, version) index is what makes concurrent edits safe: have it before any.
  await ActionPlanModel.init();
  const { title, period, areas, actionsAreIllustrative } = referenceData.actionPlan;
  const planId = `${period.from}-${period.to}`;
  if (await ActionPlanModel.exists({ planId })) return;
  const plan = { planId, version: 1, title, period, areas, actionsAreIllustrative };
  // Another instance may have seeded it at the same moment.
  if (!(await insertOnce(ActionPlanModel, plan))) return;
  await markReferenceChanged();
  const actions = areas.reduce((count, area) => count + area.actions.length, 0);
  logger.info({ areas: areas.length, actions }, 'Seeded the action plan from the reference data');
}
