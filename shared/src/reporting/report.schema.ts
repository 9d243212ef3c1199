import { z } from 'zod';
import { wellFormedString } from '../text/well-formed-text.js';
import { actionCodeSchema } from '../action-plan/action-plan.schema.js';
import { localeSchema } from '../i18n/locale.js';
import { SUPPORT_CATEGORIES, type ReportStatus, type SupportCategory } from './codes.js';
import { MAX_INDICATORS_PER_ENTRY, MAX_LINKS_PER_ENTRY, MAX_TEXT_LENGTH } from './limits.js';
import {
  implementationStatusSchema,
  participationSchema,
  type ImplementationStatus,
  type Participation,
} from './scales.js';

// The rest of the reporting contract lives in small files of its own, exported from here.
export * from './limits.js';
export * from './evidence.js';
export * from './entry-diff.js';
export * from './review.schema.js';
export * from './history.js';
export * from './comments.schema.js';
export * from './notification.js';
export * from './lateness.js';

export { EDITABLE_REPORT_STATUSES, REPORT_STATUSES, SUPPORT_CATEGORIES } from './codes.js';
export type { ReportStatus, SupportCategory } from './codes.js';

/** Who may move a report, and from where: draft → submitted → returned → submitted → approved → (reopened) draft. */
export const REPORT_TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['focal_point'] },
  return: { from: ['submitted'], to: 'returned', roles: ['secretariat'] },
  approve: { from: ['submitted'], to: 'approved', roles: ['secretariat'] },
  reopen: { from: ['approved', 'submitted'], to: 'draft', roles: ['secretariat'] },
} as const satisfies Record<string, { from: readonly ReportStatus[]; to: ReportStatus; roles: readonly string[] }>;
export type ReportTransition = keyof typeof REPORT_TRANSITIONS;

/** Free text written in English or Russian; the language travels with the text. */
export const languageTextSchema = z.strictObject({
  text: wellFormedString().max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
  lang: localeSchema,
});
export type LanguageText = z.infer<typeof languageTextSchema>;

export const evidenceLinkSchema = z.strictObject({
  title: wellFormedString().trim().min(1, 'must not be empty').max(300),
  url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' }).max(2000),
});

export const indicatorSchema = z.strictObject({
  name: wellFormedString().trim().min(1, 'must not be empty').max(200),
  value: z.number({ error: 'must be a finite number' }),
  unit: wellFormedString().trim().max(50),
  note: wellFormedString().trim().max(500),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/**
 * What a save may change in one entry. Fields left out stay as they are; `null` clears a
 * choice. Files are uploaded separately and referenced from the stored entry.
 */
export const entryChangeSchema = z.strictObject({
  actionCode: actionCodeSchema,
  participation: participationSchema.nullable().optional(),
  status: implementationStatusSchema.nullable().optional(),
  narrative: languageTextSchema.optional(),
  obstacles: languageTextSchema.optional(),
  supportNeeded: z
    .strictObject({
      categories: z.array(z.enum(SUPPORT_CATEGORIES)).max(SUPPORT_CATEGORIES.length),
      text: languageTextSchema,
    })
    .optional(),
  links: z.array(evidenceLinkSchema).max(MAX_LINKS_PER_ENTRY).optional(),
  indicators: z.array(indicatorSchema).max(MAX_INDICATORS_PER_ENTRY).optional(),
});
export type EntryChange = z.infer<typeof entryChangeSchema>;

export const saveReportSchema = z.strictObject({
  version: z.number().int().min(0),
  entries: z.array(entryChangeSchema).max(200),
});
export type SaveReportInput = z.infer<typeof saveReportSchema>;

export const commentBodySchema = z.strictObject({
  comment: wellFormedString().trim().min(1, 'must not be empty').max(MAX_TEXT_LENGTH),
});

export interface EvidenceFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

export interface ReportEntry {
  actionCode: string;
  participation: Participation | null;
  status: ImplementationStatus | null;
  narrative: LanguageText;
  obstacles: LanguageText;
  supportNeeded: { categories: SupportCategory[]; text: LanguageText };
  evidence: { links: z.infer<typeof evidenceLinkSchema>[]; files: EvidenceFile[] };
  indicators: Indicator[];
  /** Copied from the previous cycle and not yet touched: "carried over, please review". */
  carriedOver: boolean;
  /** The Secretariat's remark on this entry when the report was returned. */
  reviewComment: string | null;
}

export interface Report {
  cycleId: string;
  stateCode: string;
  status: ReportStatus;
  version: number;
  entries: ReportEntry[];
  updatedAt: string;
  submittedAt: string | null;
  /** The Secretariat's remark on the whole report when returned. */
  reviewComment: string | null;
}
