import { type Action, actionArea, type Area, type ImportChanges } from '@ppm/shared';
import type { ImportedAction } from './import-rows.js';

/**
 * What the plan's areas become when an action list is imported, and how that differs from now.
 * In each area the imported actions come first, in file order, all in force; actions of the area
 * missing from the file follow, retired (never deleted: reports refer to them).
 */
export function mergeImport(areas: Area[], imported: ImportedAction[]): { areas: Area[]; changes: ImportChanges } {
  const changes: ImportChanges = { added: [], removed: [], restored: [], retitled: [], unchanged: 0 };
  const merged = areas.map((area) => {
    const existing = new Map(area.actions.map((action) => [action.code, action]));
    const incoming = imported.filter((action) => actionArea(action.code) === area.code);
    const incomingCodes = new Set(incoming.map((action) => action.code));

    for (const { code, title } of incoming) {
      const old = existing.get(code);
      if (!old) {
        changes.added.push(code);
        continue;
      }
      const sameTitle = old.title.en === title.en && old.title.ru === title.ru;
      if (old.retired) changes.restored.push(code);
      if (!sameTitle) changes.retitled.push({ code, before: { en: old.title.en, ru: old.title.ru }, after: title });
      if (!old.retired && sameTitle) changes.unchanged += 1;
    }
    const leftOut = area.actions.filter((action) => !incomingCodes.has(action.code));
    changes.removed.push(...leftOut.filter((action) => !action.retired).map((action) => action.code));

    const actions: Action[] = [
      ...incoming.map(({ code, title }) => ({ code, title: { en: title.en, ru: title.ru }, retired: false })),
      ...leftOut.map((action) => ({
        code: action.code,
        title: { en: action.title.en, ru: action.title.ru },
        retired: true,
      })),
    ];
    return { ...area, actions };
  });
  return { areas: merged, changes };
}
