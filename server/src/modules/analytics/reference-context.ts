import { activeActions, type LocalizedText } from '@ppm/shared';
import { compareCodes } from '@ppm/shared/rules';
import { loadCurrentPlan } from '../action-plan/index.js';
import { statesService } from '../states/index.js';

/** What the figures need of the plan in force and the states: codes, names, regions, order. */
export interface ReferenceContext {
  areaCodes: string[];
  actionCodes: string[];
  areaTitle: Map<string, LocalizedText>;
  actionTitle: Map<string, LocalizedText>;
  regionCodes: string[];
  regionName: Map<string, LocalizedText>;
  stateName: Map<string, LocalizedText>;
  regionOf: (stateCode: string) => string | undefined;
}

export async function loadReferenceContext(): Promise<ReferenceContext> {
  const [plan, { value: states }, { value: regions }] = await Promise.all([
    loadCurrentPlan(),
    statesService.states(),
    statesService.regions(),
  ]);
  const regionByState = new Map(states.map((state) => [state.code, state.region]));
  const actions = activeActions(plan);
  return {
    areaCodes: plan.areas.map((area) => area.code).sort(compareCodes),
    actionCodes: actions.map((action) => action.code),
    areaTitle: new Map(plan.areas.map((area) => [area.code, area.title])),
    actionTitle: new Map(plan.areas.flatMap((area) => area.actions.map((action) => [action.code, action.title]))),
    regionCodes: regions.map((region) => region.code),
    regionName: new Map(regions.map((region) => [region.code, region.name])),
    stateName: new Map(states.map((state) => [state.code, state.name])),
    regionOf: (stateCode) => regionByState.get(stateCode),
  };
}
