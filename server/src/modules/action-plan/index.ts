/* The action plan module's public face for other modules. */
export { loadCurrentPlan } from './plan-store.js';
export type { StoredPlan } from './action-plan.model.js';
