export {
  selectActionPlanOverview,
  summariseActionPlan,
  type ActionPlanOverview,
  type AreaSummary,
} from './action-plan-overview.selectors';
