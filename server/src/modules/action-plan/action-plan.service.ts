import type {
  Action,
  ActionPlanView,
  CreateActionInput,
  LocalizedText,
  ReorderActionsInput,
  UpdateActionInput,
  UpdateAreaInput,
  User,
} from '@ppm/shared';
import { recordAudit } from '../audit/audit.service.js';
import type { CachedReference } from '../reference/reference-cache.js';
import { type StoredPlan, toPlanView } from './action-plan.model.js';
import { findAction, findArea, nextActionCode, reorderActions, replaceAction, replaceArea } from './plan-edits.js';
import { assertVersion, cachedCurrentPlan, commitPlan, loadCurrentPlan } from './plan-store.js';

/** The Secretariat's edits of the action plan; each is one versioned write plus an audit entry. */
export const actionPlanService = {
  /** The plan in force as the API answers it, from the reference cache (with its ETag). */
  current(): Promise<CachedReference<StoredPlan>> {
    return cachedCurrentPlan();
  },

  async updateArea(actor: User, areaCode: string, input: UpdateAreaInput): Promise<ActionPlanView> {
    const plan = await loadCurrentPlan();
    assertVersion(plan, input.version);
    const area = findArea(plan.areas, areaCode);
    const before = { title: pick(area.title), shortTitle: pick(area.shortTitle) };
    const after = { title: input.title ?? before.title, shortTitle: input.shortTitle ?? before.shortTitle };
    if (sameText(before.title, after.title) && sameText(before.shortTitle, after.shortTitle)) return toPlanView(plan);
    const saved = await commitPlan(plan, { areas: replaceArea(plan.areas, areaCode, (old) => ({ ...old, ...after })) });
    await recordAudit({ actor, action: 'area.updated', entity: 'area', entityId: areaCode, before, after });
    return toPlanView(saved);
  },

  async addAction(
    actor: User,
    areaCode: string,
    input: CreateActionInput,
  ): Promise<{ plan: ActionPlanView; action: Action }> {
    const plan = await loadCurrentPlan();
    assertVersion(plan, input.version);
    const area = findArea(plan.areas, areaCode);
    const action: Action = { code: nextActionCode(area), title: input.title, retired: false };
    const saved = await commitPlan(plan, {
      areas: replaceArea(plan.areas, areaCode, (old) => ({ ...old, actions: [...old.actions, action] })),
    });
    await recordAudit({ actor, action: 'action.created', entity: 'action', entityId: action.code, after: action });
    return { plan: toPlanView(saved), action };
  },

  /** Retiring keeps the action (reports refer to it) and takes it out of new cycles. */
  async updateAction(actor: User, actionCode: string, input: UpdateActionInput): Promise<ActionPlanView> {
    const plan = await loadCurrentPlan();
    assertVersion(plan, input.version);
    const found = findAction(plan.areas, actionCode);
    const before: Action = { code: actionCode, title: pick(found.title), retired: found.retired };
    const after: Action = {
      code: actionCode,
      title: input.title ?? before.title,
      retired: input.retired ?? before.retired,
    };
    if (sameText(before.title, after.title) && before.retired === after.retired) return toPlanView(plan);
    const saved = await commitPlan(plan, { areas: replaceAction(plan.areas, actionCode, () => after) });
    const verb =
      before.retired === after.retired ? 'action.updated' : after.retired ? 'action.retired' : 'action.restored';
    await recordAudit({ actor, action: verb, entity: 'action', entityId: actionCode, before, after });
    return toPlanView(saved);
  },

  async reorderActions(actor: User, areaCode: string, input: ReorderActionsInput): Promise<ActionPlanView> {
    const plan = await loadCurrentPlan();
    assertVersion(plan, input.version);
    const area = findArea(plan.areas, areaCode);
    const actions = reorderActions(area, input.actionCodes);
    const before = area.actions.map((action) => action.code);
    if (before.every((code, index) => code === input.actionCodes[index])) return toPlanView(plan);
    const saved = await commitPlan(plan, { areas: replaceArea(plan.areas, areaCode, (old) => ({ ...old, actions })) });
    await recordAudit({
      actor,
      action: 'area.actions_reordered',
      entity: 'area',
      entityId: areaCode,
      before,
      after: input.actionCodes,
    });
    return toPlanView(saved);
  },
};

function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return a.en === b.en && a.ru === b.ru;
}

/** A copy with just the two languages (stored subdocuments carry nothing else, but be sure). */
function pick(text: LocalizedText): LocalizedText {
  return { en: text.en, ru: text.ru };
}
