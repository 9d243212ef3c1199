import type { LanguageText } from '@ppm/shared';
import type { ReportFacts } from '@ppm/shared/rules';
import { loadCycleFacts, loadEntryTexts } from '../../analytics/index.js';

/** The texts of one entry of an approved report, for quotations. */
export interface EntryTexts {
  stateCode: string;
  actionCode: string;
  reportVersion: number;
  narrative: LanguageText;
  obstacles: LanguageText;
}

/** A cycle's approved reports as the figures count them (the analytics module's cached facts). */
export function loadApprovedFacts(cycleId: string): Promise<ReportFacts[]> {
  return loadCycleFacts(cycleId, 'approved');
}

/** The narratives and obstacles of a cycle's approved reports (one state's when asked), in plan order. */
export async function loadApprovedTexts(cycleId: string, stateCode?: string): Promise<EntryTexts[]> {
  const items = await loadEntryTexts(cycleId, 'approved', stateCode === undefined ? {} : { stateCode });
  return items.map((item) => ({
    stateCode: item.stateCode,
    actionCode: item.actionCode,
    reportVersion: item.reportVersion,
    narrative: item.narrative,
    obstacles: item.obstacles,
  }));
}
