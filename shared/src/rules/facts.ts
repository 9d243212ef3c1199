import type { ImplementationStatus, Participation, ReportStatus, SupportCategory } from '../reporting/codes.js';

/**
 * What the figures need of one entry: no texts. Kept with every report header (written with its
 * completeness), so a cycle's figures come from one query over small documents.
 */
export interface EntryFacts {
  actionCode: string;
  participation: Participation | null;
  status: ImplementationStatus | null;
  hasNarrative: boolean;
  supportCategories: SupportCategory[];
  evidenceCount: number;
}

/** One state's report in a cycle, as the figures see it. */
export interface ReportFacts {
  stateCode: string;
  status: ReportStatus;
  version: number;
  entries: EntryFacts[];
}

/** "3.4" → "3": an action's area is the part of its code before the dot. */
export function areaOfAction(actionCode: string): string {
  const dot = actionCode.indexOf('.');
  return dot === -1 ? actionCode : actionCode.slice(0, dot);
}
