import type { EntryItem, EntriesQuery } from '@ppm/shared';
import type { Basis, ReportFacts } from '@ppm/shared/rules';
import { processReports } from '../reports/index.js';
import { entryItems } from './entry-items.js';
import { loadReferenceContext } from './reference-context.js';
import { ReportAnswersCache } from './report-answers-cache.js';
import { headersIn, reportFacts, type ReportFilters } from './report-selection.js';

/** One cache per process, shared by the dashboard, exports and evaluations. */
export const processAnswers = new ReportAnswersCache();

/** The facts of a cycle's reports in the basis (and filters), as every figure counts them. */
export async function loadCycleFacts(
  cycleId: string,
  basis: Basis,
  filters: Omit<ReportFilters, 'basis'> = {},
): Promise<ReportFacts[]> {
  const [headers, context] = await Promise.all([processReports.headers(cycleId), loadReferenceContext()]);
  return reportFacts(headers, { ...filters, basis }, context);
}

/** A cycle's entries with their texts (for quotations), in plan order, filtered like the entries endpoint. */
export async function loadEntryTexts(
  cycleId: string,
  basis: Basis,
  filters: Omit<ReportFilters, 'basis'> & Pick<EntriesQuery, 'actionCode' | 'status' | 'q'> = {},
): Promise<EntryItem[]> {
  const [headers, context] = await Promise.all([processReports.headers(cycleId), loadReferenceContext()]);
  return entryItems(headersIn(headers, { ...filters, basis }, context), processAnswers, context, filters);
}
