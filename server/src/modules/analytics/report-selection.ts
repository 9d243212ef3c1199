import { areaOfAction, inBasis, type Basis, type ReportFacts } from '@ppm/shared/rules';
import type { CycleReportHeader } from '../reports/index.js';
import type { ReferenceContext } from './reference-context.js';

export interface ReportFilters {
  basis: Basis;
  regionCode?: string | undefined;
  stateCode?: string | undefined;
  areaCode?: string | undefined;
}

/** The headers a figure counts: in the basis, in the region and state asked for. */
export function headersIn(
  headers: readonly CycleReportHeader[],
  filters: ReportFilters,
  context: ReferenceContext,
): CycleReportHeader[] {
  return headers.filter(
    (header) =>
      inBasis(header.status, filters.basis) &&
      (filters.regionCode === undefined || context.regionOf(header.stateCode) === filters.regionCode) &&
      (filters.stateCode === undefined || header.stateCode === filters.stateCode),
  );
}

/** Those headers as the figures see them, keeping only the area's entries when one is asked for. */
export function reportFacts(
  headers: readonly CycleReportHeader[],
  filters: ReportFilters,
  context: ReferenceContext,
): ReportFacts[] {
  return headersIn(headers, filters, context).map((header) => ({
    stateCode: header.stateCode,
    status: header.status,
    version: header.contentVersion,
    entries:
      filters.areaCode === undefined
        ? header.facts
        : header.facts.filter((entry) => areaOfAction(entry.actionCode) === filters.areaCode),
  }));
}
