import type { ActionPlanView, Area } from '@ppm/shared';
import mongoose from 'mongoose';

const localizedText = {
  en: { type: String, required: true },
  ru: { type: String, required: true },
};

const actionSchema = new mongoose.Schema(
  {
    code: { type: String, required: true },
    title: localizedText,
    retired: { type: Boolean, required: true, default: false },
  },
  { _id: false },
);

const areaSchema = new mongoose.Schema(
  { code: { type: String, required: true }, title: localizedText, shortTitle: localizedText, actions: [actionSchema] },
  { _id: false },
);

/**
 * One document per VERSION of the whole action plan (6 areas, about 60 actions: ~20 kB). A change
 * never updates a document: it inserts version n+1, and the unique index on (planId, version)
 * lets exactly one of two concurrent writers based on version n succeed (ADR 6). Earlier
 * versions stay as the plan's history. Actions are never deleted: retired ones stay in the list,
 * because reports refer to them.
 */
const actionPlanSchema = new mongoose.Schema(
  {
    /** The plan period, e.g. "2023-2027"; a later plan gets another id. */
    planId: { type: String, required: true },
    version: { type: Number, required: true },
    title: localizedText,
    period: { from: { type: Number, required: true }, to: { type: Number, required: true } },
    actionsAreIllustrative: { type: Boolean, required: true },
    areas: [areaSchema],
    savedAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false },
);
actionPlanSchema.index({ planId: 1, version: 1 }, { unique: true });
actionPlanSchema.index({ 'period.from': -1, version: -1 });

export const ActionPlanModel = mongoose.model('ActionPlan', actionPlanSchema, 'action_plans');

/** A stored version of the plan as read with `.lean()`. */
export interface StoredPlan extends ActionPlanView {
  planId: string;
}

/** The API shape: only the fields the API promises, in stored order. */
export function toPlanView(plan: StoredPlan): ActionPlanView {
  return {
    title: { en: plan.title.en, ru: plan.title.ru },
    period: { from: plan.period.from, to: plan.period.to },
    version: plan.version,
    actionsAreIllustrative: plan.actionsAreIllustrative,
    areas: plan.areas.map(toAreaView),
  };
}

function toAreaView(area: Area): Area {
  return {
    code: area.code,
    title: { en: area.title.en, ru: area.title.ru },
    shortTitle: { en: area.shortTitle.en, ru: area.shortTitle.ru },
    actions: area.actions.map((action) => ({
      code: action.code,
      title: { en: action.title.en, ru: action.title.ru },
      retired: action.retired,
    })),
  };
}
