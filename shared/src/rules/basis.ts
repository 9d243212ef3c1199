import type { ReportStatus } from '../reporting/codes.js';

/**
 * Which reports a figure counts. Official figures count approved reports only; the Secretariat
 * follows work in progress with `submitted` (submitted and approved: what states have handed in
 * and not taken back).
 */
export const BASES = ['approved', 'submitted'] as const;
export type Basis = (typeof BASES)[number];
export const DEFAULT_BASIS: Basis = 'approved';

const STATUSES_IN: Record<Basis, readonly ReportStatus[]> = {
  approved: ['approved'],
  submitted: ['submitted', 'approved'],
};

export function inBasis(status: ReportStatus, basis: Basis): boolean {
  return STATUSES_IN[basis].includes(status);
}

export function statusesIn(basis: Basis): readonly ReportStatus[] {
  return STATUSES_IN[basis];
}
