import { type Action, actionArea, type Area, MAX_ACTIONS_PER_AREA } from '@ppm/shared';
import { AppError } from '../../platform/http/app-error.js';

/** Pure edits of the plan's areas: each returns new arrays and never touches the input. */

export function findArea(areas: Area[], areaCode: string): Area {
  const area = areas.find((candidate) => candidate.code === areaCode);
  if (!area) throw AppError.notFound(`There is no area ${areaCode} in the action plan.`);
  return area;
}

export function findAction(areas: Area[], actionCode: string): Action {
  const action = areas
    .find((area) => area.code === actionArea(actionCode))
    ?.actions.find((candidate) => candidate.code === actionCode);
  if (!action) throw AppError.notFound(`There is no action ${actionCode} in the action plan.`);
  return action;
}

export function replaceArea(areas: Area[], areaCode: string, change: (area: Area) => Area): Area[] {
  return areas.map((area) => (area.code === areaCode ? change(area) : area));
}

export function replaceAction(areas: Area[], actionCode: string, change: (action: Action) => Action): Area[] {
  return replaceArea(areas, actionArea(actionCode), (area) => ({
    ...area,
    actions: area.actions.map((action) => (action.code === actionCode ? change(action) : action)),
  }));
}

/**
 * The code for a new action of the area: one above the highest number ever used in it.
 * Retired actions stay in the list, so their codes are never given out again.
 */
export function nextActionCode(area: Area): string {
  const highest = Math.max(0, ...area.actions.map((action) => Number(action.code.split('.')[1])));
  if (highest >= MAX_ACTIONS_PER_AREA) {
    throw AppError.conflict('area_full', `Area ${area.code} already has ${MAX_ACTIONS_PER_AREA} action codes.`);
  }
  return `${area.code}.${highest + 1}`;
}

/** The area's actions in the order given; the codes must be exactly the area's codes. */
export function reorderActions(area: Area, actionCodes: string[]): Action[] {
  const byCode = new Map(area.actions.map((action) => [action.code, action]));
  const unique = new Set(actionCodes);
  const isPermutation =
    unique.size === actionCodes.length &&
    actionCodes.length === area.actions.length &&
    actionCodes.every((code) => byCode.has(code));
  if (!isPermutation) {
    throw AppError.badRequest(`The new order must list each action of area ${area.code} exactly once.`, [
      {
        path: 'actionCodes',
        message: `must be the codes ${area.actions.map((action) => action.code).join(', ')} in any order, each once`,
      },
    ]);
  }
  return actionCodes.map((code) => byCode.get(code)!);
}
