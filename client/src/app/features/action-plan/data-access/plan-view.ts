import type { ActionPlanView, Area, Locale, LocalizedText } from '@ppm/shared';

import { inLocale, otherLocale } from './plan-text';

/** An action as the plan page shows it, in the active language. */
export interface ActionView {
  readonly code: string;
  readonly title: string;
  /** The title in the other working language, shown as a secondary line. */
  readonly otherTitle: string;
  /** Both titles, for editing. */
  readonly titles: LocalizedText;
  readonly retired: boolean;
}

/** A cooperation area as the plan page shows it. */
export interface AreaView {
  readonly code: string;
  readonly title: string;
  readonly otherTitle: string;
  readonly shortTitle: string;
  /** Both languages of both titles, for editing. */
  readonly titles: { readonly title: LocalizedText; readonly shortTitle: LocalizedText };
  /** Every action, retired ones too, in plan order. */
  readonly actions: readonly ActionView[];
  /** Actions still in force. */
  readonly activeCount: number;
}

export interface PlanView {
  readonly version: number;
  readonly title: string;
  readonly period: { readonly from: number; readonly to: number };
  readonly actionsAreIllustrative: boolean;
  /** The language of the secondary lines. */
  readonly otherLocale: Locale;
  readonly areas: readonly AreaView[];
  /** Actions in force, over all areas. */
  readonly activeCount: number;
}

/** A reorder the server has not confirmed yet. */
export interface PendingOrder {
  readonly areaCode: string;
  readonly actionCodes: readonly string[];
}

/**
 * The plan with a pending reorder already applied, so a dragged action stays where it was
 * dropped while the server saves it. Codes the area does not hold are ignored.
 */
export function withPendingOrder(
  plan: ActionPlanView | null,
  pending: PendingOrder | null,
): ActionPlanView | null {
  if (!plan || !pending) {
    return plan;
  }
  const areas: Area[] = plan.areas.map((area) => {
    if (area.code !== pending.areaCode) {
      return area;
    }
    const byCode = new Map(area.actions.map((action) => [action.code, action]));
    const ordered = pending.actionCodes.flatMap((code) => byCode.get(code) ?? []);
    const rest = area.actions.filter((action) => !pending.actionCodes.includes(action.code));
    return { ...area, actions: [...ordered, ...rest] };
  });
  return { ...plan, areas };
}

/** The plan in one language, with the other language at hand. */
export function toPlanView(plan: ActionPlanView | null, locale: Locale): PlanView | null {
  if (!plan) {
    return null;
  }
  const other = otherLocale(locale);
  const areas = plan.areas.map((area): AreaView => ({
    code: area.code,
    title: inLocale(area.title, locale),
    otherTitle: inLocale(area.title, other),
    shortTitle: inLocale(area.shortTitle, locale),
    titles: { title: area.title, shortTitle: area.shortTitle },
    actions: area.actions.map((action) => ({
      code: action.code,
      title: inLocale(action.title, locale),
      otherTitle: inLocale(action.title, other),
      titles: action.title,
      retired: action.retired,
    })),
    activeCount: area.actions.filter((action) => !action.retired).length,
  }));
  return {
    version: plan.version,
    title: inLocale(plan.title, locale),
    period: { from: plan.period.from, to: plan.period.to },
    actionsAreIllustrative: plan.actionsAreIllustrative,
    otherLocale: other,
    areas,
    activeCount: areas.reduce((sum, area) => sum + area.activeCount, 0),
  };
}

/** The area's codes after moving the action at `from` to `to` (indexes in the area). */
export function moveCode(codes: readonly string[], from: number, to: number): string[] {
  const moved = [...codes];
  if (from < 0 || from >= moved.length) {
    return moved;
  }
  const target = Math.max(0, Math.min(to, moved.length - 1));
  moved.splice(target, 0, ...moved.splice(from, 1));
  return moved;
}
