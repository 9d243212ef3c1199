import { SUPPORT_CATEGORIES, type SupportCategory } from '../reporting/codes.js';
import { areaOfAction, type ReportFacts } from './facts.js';

export interface SupportNeeds {
  /** Entries asking for each kind of support. */
  byCategory: Record<SupportCategory, number>;
  /** Per area: entries asking for any support, and by kind. */
  byArea: { areaCode: string; total: number; byCategory: Record<SupportCategory, number> }[];
}

function emptyCategories(): Record<SupportCategory, number> {
  return Object.fromEntries(SUPPORT_CATEGORIES.map((category) => [category, 0])) as Record<SupportCategory, number>;
}

/** Support asked for by participating entries, by category and by area (areas in `areaCodes` order). */
export function supportNeeds(reports: readonly ReportFacts[], areaCodes: readonly string[]): SupportNeeds {
  const byCategory = emptyCategories();
  const areas = new Map(areaCodes.map((code) => [code, { areaCode: code, total: 0, byCategory: emptyCategories() }]));
  for (const report of reports) {
    for (const entry of report.entries) {
      if (entry.participation !== 'participating' || entry.supportCategories.length === 0) continue;
      const area = areas.get(areaOfAction(entry.actionCode));
      if (area) area.total += 1;
      for (const category of entry.supportCategories) {
        byCategory[category] += 1;
        if (area) area.byCategory[category] += 1;
      }
    }
  }
  return { byCategory, byArea: [...areas.values()] };
}

/** Evidence attached (links and files), over participating and non-participating entries alike. */
export function evidenceCount(reports: readonly ReportFacts[]): number {
  return reports.reduce((sum, report) => sum + report.entries.reduce((n, entry) => n + entry.evidenceCount, 0), 0);
}
