/* The cycles module's public face for other modules. */
export { CycleModel, toCycleView, type StoredCycle } from './cycle.model.js';
export { findCycle, findVisibleCycle, markCyclesChanged } from './cycle-store.js';
export { cycleIdParam } from './cycle-params.js';
export { stateName } from './state-lookup.js';
