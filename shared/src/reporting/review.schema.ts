import { z } from 'zod';
import { wellFormedString } from '../text/well-formed-text.js';
import { actionCodeSchema } from '../action-plan/action-plan.schema.js';
import type { Role } from '../accounts/roles.js';
import type { Completeness } from './completeness.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import type { Report, ReportStatus } from './report.schema.js';

const reviewText = wellFormedString()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`);

/** Returning a report: a remark on the whole report, and optionally one per entry. */
export const returnReportSchema = z
  .strictObject({
    comment: reviewText,
    entryComments: z
      .array(z.strictObject({ actionCode: actionCodeSchema, comment: reviewText }))
      .max(200)
      .optional(),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.entryComments?.forEach((entry, index) => {
      if (seen.has(entry.actionCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entryComments', index, 'actionCode'],
          message: `${entry.actionCode} is named twice`,
        });
      }
      seen.add(entry.actionCode);
    });
  });
export type ReturnReportInput = z.infer<typeof returnReportSchema>;

/** Reopening an approved (or submitted) report needs a reason. */
export const reopenReportSchema = z.strictObject({ comment: reviewText });

/** Submitting and approving take an optional remark. */
export const transitionRemarkSchema = z.strictObject({ comment: reviewText.optional() });

/** Who did something, as shown in timelines, histories and comment threads. */
export interface ReportActor {
  id: string;
  name: string;
  role: Role;
}

export const REPORT_EVENT_TYPES = ['created', 'submitted', 'returned', 'approved', 'reopened'] as const;
export type ReportEventType = (typeof REPORT_EVENT_TYPES)[number];

/** One step of a report's life, as its timeline shows it. */
export interface ReportEvent {
  type: ReportEventType;
  at: string;
  by: ReportActor;
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus;
  comment: string | null;
  entryComments: { actionCode: string; comment: string }[];
}

/** A report as the API returns it: the stored report plus what the editor needs to know. */
export interface ReportView extends Report {
  completeness: { overall: Completeness; byArea: Record<string, Completeness> };
  /** Whether the state's people (and the Secretariat) may change it now. */
  editable: boolean;
  /** The cycle whose approved report this one started from, if any. */
  carriedFrom: { cycleId: string } | null;
}

/** One expected state in the Secretariat's review list of a cycle. */
export interface ReviewRow {
  stateCode: string;
  region: string;
  status: ReportStatus | 'not_started';
  completeness: Completeness;
  updatedAt: string | null;
  submittedAt: string | null;
  /** The state's deadline, its extension if it has one. */
  deadline: string;
  late: boolean;
}
