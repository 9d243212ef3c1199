import type { Locale, ReportEntry } from '@ppm/shared';
import { toEntryView } from './report-view.js';

/** An entry nobody has answered yet, its texts marked with the writer's language. */
export function emptyEntry(actionCode: string, lang: Locale): ReportEntry {
  return {
    actionCode,
    participation: null,
    status: null,
    narrative: { text: '', lang },
    obstacles: { text: '', lang },
    supportNeeded: { categories: [], text: { text: '', lang } },
    evidence: { links: [], files: [] },
    indicators: [],
    carriedOver: false,
    reviewComment: null,
  };
}

/**
 * The entries a new report starts with: one per action in force, in plan order. Where the
 * state's last approved report answered the action, its answers (statuses, texts, evidence,
 * indicators) are copied and marked `carriedOver` until someone touches them.
 */
export function startingEntries(
  actionCodes: readonly string[],
  previous: readonly ReportEntry[] | null,
  lang: Locale,
): ReportEntry[] {
  const previousByCode = new Map((previous ?? []).map((entry) => [entry.actionCode, entry]));
  return actionCodes.map((actionCode) => {
    const old = previousByCode.get(actionCode);
    return old ? { ...toEntryView(old), carriedOver: true, reviewComment: null } : emptyEntry(actionCode, lang);
  });
}

/**
 * The entries of a report that still follows the plan: one per action in force, in plan order.
 * Actions added since the report was created appear unanswered; entries of retired actions
 * leave the report (its earlier revisions keep them).
 */
export function entriesInForce(entries: readonly ReportEntry[], actionCodes: readonly string[]): ReportEntry[] {
  const byCode = new Map(entries.map((entry) => [entry.actionCode, entry]));
  const lang = entries[0]?.narrative.lang ?? 'en';
  return actionCodes.map((actionCode) => byCode.get(actionCode) ?? emptyEntry(actionCode, lang));
}
