import { daysUntilDeadline, deadlineEnd, deadlineFor, isLate } from '../reporting/lateness.js';
import type { ReportStatus } from '../reporting/codes.js';

/** A report's status as the submission figures see it: an expected state that saved nothing is `not_started`. */
export type SubmissionStatus = 'not_started' | ReportStatus;
export const SUBMISSION_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;

export interface SubmissionCycle {
  expectedStates: readonly string[];
  deadline: string;
  deadlineExtensions: readonly { stateCode: string; deadline: string }[];
}

/** What the submission figures need of a report header. */
export interface SubmissionHeader {
  stateCode: string;
  status: ReportStatus;
  completenessPercent: number;
  firstSubmittedAt: string | null;
  updatedAt: string;
}

export interface SubmissionRow {
  stateCode: string;
  status: SubmissionStatus;
  /** Submitted after its deadline, or not yet submitted and the deadline passed. */
  late: boolean;
  /** The deadline that applies to this state (its extension if it has one). */
  deadline: string;
  /** Whole days left, rounded up; 0 or less once it passed. */
  daysToDeadline: number;
  /** 0..100; 0 when not started. */
  completeness: number;
  /** The last save or move; null when not started. */
  lastActivity: string | null;
  firstSubmittedAt: string | null;
}

export interface SubmissionSummary {
  expected: number;
  /** Expected states that submitted at least once (now submitted, returned or approved, or reopened after). */
  responded: number;
  /** responded / expected, percent with one decimal; null when no state is expected. */
  responseRate: number | null;
  byStatus: Record<SubmissionStatus, number>;
  /** How many expected states are late. */
  late: number;
  states: SubmissionRow[];
}

/** A report still to come in: not started, a draft, or returned for changes. */
export function awaitsSubmission(status: SubmissionStatus): boolean {
  return status === 'not_started' || status === 'draft' || status === 'returned';
}

/**
 * Overdue: still to come in after the state's own deadline ended (whomever "remind late states"
 * reminds). Unlike `late`, a report returned after an on-time submission counts once its deadline
 * has passed: it is awaited again.
 */
export function isOverdue(status: SubmissionStatus, deadline: string, now: Date): boolean {
  return awaitsSubmission(status) && now.getTime() > deadlineEnd(deadline).getTime();
}

function hasResponded(header: SubmissionHeader | undefined): boolean {
  if (!header) return false;
  return header.status !== 'draft' || header.firstSubmittedAt !== null;
}

/** Who was expected, who has reported, who is late: over the cycle's expected states, in their order. */
export function submissionSummary(
  cycle: SubmissionCycle,
  headers: readonly SubmissionHeader[],
  now: Date,
): SubmissionSummary {
  const byState = new Map(headers.map((header) => [header.stateCode, header]));
  const byStatus: Record<SubmissionStatus, number> = {
    not_started: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    approved: 0,
  };
  const states = cycle.expectedStates.map((stateCode): SubmissionRow => {
    const header = byState.get(stateCode);
    const deadline = deadlineFor(cycle, stateCode);
    const status: SubmissionStatus = header?.status ?? 'not_started';
    byStatus[status] += 1;
    return {
      stateCode,
      status,
      late: isLate(deadline, header?.firstSubmittedAt ?? null, now),
      deadline,
      daysToDeadline: daysUntilDeadline(deadline, now),
      completeness: header?.completenessPercent ?? 0,
      lastActivity: header?.updatedAt ?? null,
      firstSubmittedAt: header?.firstSubmittedAt ?? null,
    };
  });
  const responded = cycle.expectedStates.filter((stateCode) => hasResponded(byState.get(stateCode))).length;
  const expected = cycle.expectedStates.length;
  return {
    expected,
    responded,
    responseRate: expected === 0 ? null : Math.round((responded * 1000) / expected) / 10,
    byStatus,
    late: states.filter((row) => row.late).length,
    states,
  };
}
