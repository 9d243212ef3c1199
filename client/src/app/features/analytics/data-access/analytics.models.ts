import type {
  ImplementationStatus,
  Participation,
  ReportStatus,
  SupportCategory,
} from '@ppm/shared';

/*
 * The answers of `/api/v1/analytics/...` (issue 8's contract). The figures' own types come
 * from `@ppm/shared/rules` once it lands; until then they are written here to the letter.
 */

/** Which reports count: approved only (official), or submitted and approved (work in progress). */
export type Basis = 'approved' | 'submitted';
export const BASES: readonly Basis[] = ['approved', 'submitted'];

export type GroupBy = 'area' | 'action' | 'state' | 'region';

export type StatusCounts = Record<ImplementationStatus, number>;

/** One group's figures; `suppressed` groups (fewer than 3 states) carry `null` figures. */
export interface ProgressGroup {
  key: string;
  reports: number | null;
  participating: number | null;
  notParticipating: number | null;
  unanswered: number | null;
  byStatus: StatusCounts | null;
  score: number | null;
  suppressed: boolean;
}

export interface ProgressAnswer {
  cycleId: string;
  basis: Basis;
  by: GroupBy;
  groups: ProgressGroup[];
}

export interface TrendAnswer {
  basis: Basis;
  by: GroupBy;
  cycles: { cycleId: string; groups: ProgressGroup[] }[];
}

/** A report's status as the submission board knows it: an expected state with nothing saved is `not_started`. */
export type SubmissionStatus = ReportStatus | 'not_started';

export interface SubmissionState {
  stateCode: string;
  status: SubmissionStatus;
  late: boolean;
  deadline: string;
  daysToDeadline: number;
  completeness: number;
  lastActivity: string | null;
  firstSubmittedAt: string | null;
}

export interface SubmissionsAnswer {
  expected: number;
  responded: number;
  responseRate: number;
  byStatus: Record<SubmissionStatus, number>;
  late: number;
  states: SubmissionState[];
}

/** A coverage cell: the entry's status, "not_participating", or `null` (no answer, no report). */
export type CoverageCell = ImplementationStatus | 'not_participating' | null;

export interface CoverageAnswer {
  actionCodes: string[];
  rows: { stateCode: string; cells: CoverageCell[] }[];
}

export interface LanguageText {
  text: string;
  lang: string;
}

export interface AnalyticsEntry {
  stateCode: string;
  actionCode: string;
  participation: Participation | null;
  status: ImplementationStatus | null;
  narrative: LanguageText;
  obstacles: LanguageText;
  supportNeeded: { categories: SupportCategory[]; text: LanguageText };
  evidence: {
    links: { title: string; url: string }[];
    files: { id: string; fileName: string }[];
  };
}

export interface EntriesAnswer {
  total: number;
  items: AnalyticsEntry[];
}

/** One state across cycles, by area. */
export interface StateProfileAnswer {
  stateCode: string;
  basis: Basis;
  cycles: { cycleId: string; groups: ProgressGroup[] }[];
}
