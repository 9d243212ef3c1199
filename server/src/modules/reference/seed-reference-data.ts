import { referenceData } from '@ppm/shared';
import type { Logger } from '../../platform/logger.js';
import { RegionModel, StateModel } from '../states/state.model.js';

/** On first start, fills regions and states from the shared reference data; never overwrites. */
export async function seedStatesAndRegions(logger: Logger): Promise<void> {
  if ((await RegionModel.estimatedDocumentCount()) === 0) {
    await RegionModel.insertMany(referenceData.regions);
    logger.info({ count: referenceData.regions.length }, 'Seeded regions from the reference data');
  }
  if ((await StateModel.estimatedDocumentCount()) === 0) {
    await StateModel.insertMany(referenceData.states.map((state) => ({ ...state, note: state.note ?? null })));
    logger.info({ count: referenceData.states.length }, 'Seeded states from the reference data');
  }
}
