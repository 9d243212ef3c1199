/*
 * The closed lists of the reporting vocabulary as plain values (no zod), so that the browser and
 * `@ppm/shared/rules` can use them without the schemas.
 */

/** How far a participating state has implemented an action, from 0 (not started) to 3 (completed). */
export const IMPLEMENTATION_STATUSES = ['not_started', 'limited', 'substantial', 'completed'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/**
 * Participation is voluntary: "not_participating" is a legitimate answer and never counts
 * as "not_started" in any figure.
 */
export const PARTICIPATION_VALUES = ['participating', 'not_participating'] as const;
export type Participation = (typeof PARTICIPATION_VALUES)[number];

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Statuses in which the state's people may still edit. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatus[] = ['draft', 'returned'];

export const SUPPORT_CATEGORIES = [
  'training',
  'expertise',
  'funding',
  'exchange_of_practice',
  'equipment',
  'other',
] as const;
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];
