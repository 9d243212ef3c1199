import { activeActions, referenceData, type LocalizedText } from '@ppm/shared';
import { loadCurrentPlan } from '../../action-plan/plan-store.js';
import { RegionModel, StateModel } from '../../states/state.model.js';

/**
 * The names a report prints (plan, areas, actions, states, regions). A final version keeps its
 * own copy, so renaming an action later does not change a final report.
 */
export interface ReportReference {
  plan: {
    title: LocalizedText;
    period: { from: number; to: number };
    actionsAreIllustrative: boolean;
    areas: {
      code: string;
      title: LocalizedText;
      shortTitle: LocalizedText;
      actions: { code: string; title: LocalizedText }[];
    }[];
  };
  regions: { code: string; name: LocalizedText }[];
  states: { code: string; name: LocalizedText; region: string }[];
}

const text = (value: LocalizedText): LocalizedText => ({ en: value.en, ru: value.ru });

/** The plan in force (actions not retired) and every state and region, in a stable order. */
export async function loadReference(): Promise<ReportReference> {
  const [plan, regions, states] = await Promise.all([
    loadCurrentPlan(),
    RegionModel.find({}, { code: 1, name: 1 }).lean<{ code: string; name: LocalizedText }[]>(),
    StateModel.find({}, { code: 1, name: 1, region: 1 }).lean<
      { code: string; name: LocalizedText; region: string }[]
    >(),
  ]);
  const active = new Set(activeActions(plan).map((action) => action.code));
  const referenceOrder = new Map(referenceData.regions.map((region, index) => [region.code, index]));
  const regionRank = (code: string) => referenceOrder.get(code) ?? Number.MAX_SAFE_INTEGER;
  return {
    plan: {
      title: text(plan.title),
      period: { from: plan.period.from, to: plan.period.to },
      actionsAreIllustrative: plan.actionsAreIllustrative,
      areas: plan.areas.map((area) => ({
        code: area.code,
        title: text(area.title),
        shortTitle: text(area.shortTitle),
        actions: area.actions
          .filter((action) => active.has(action.code))
          .map((action) => ({ code: action.code, title: text(action.title) })),
      })),
    },
    regions: regions
      .map((region) => ({ code: region.code, name: text(region.name) }))
      .sort((a, b) => regionRank(a.code) - regionRank(b.code) || a.code.localeCompare(b.code)),
    states: states
      .map((state) => ({ code: state.code, name: text(state.name), region: state.region }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}
