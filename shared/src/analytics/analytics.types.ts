import type { Basis } from '../rules/basis.js';
import type { CoverageRow } from '../rules/coverage.js';
import type { GroupBy, ProgressGroup } from '../rules/progress.js';
import type { SubmissionSummary } from '../rules/submissions.js';
import type { PeerLearningAction } from '../rules/peer-learning.js';
import type { SupportNeeds } from '../rules/support.js';
import type { ImplementationStatus, Participation, SupportCategory } from '../reporting/codes.js';

/** GET /analytics/progress */
export interface ProgressResponse {
  cycleId: string;
  basis: Basis;
  by: GroupBy;
  groups: ProgressGroup[];
  /** All reports in the filters together (key "all"). */
  overall: ProgressGroup;
  /** The latest earlier cycle, for "change against the previous cycle"; null when there is none. */
  previousCycleId: string | null;
  /** True when the viewer sees a state's share only (aggregates of fewer than 3 states withheld). */
  restricted: boolean;
  /** The closed cycle's approved reports are published to all states. */
  published: boolean;
}

/** GET /analytics/trend */
export interface TrendResponse {
  basis: Basis;
  by: GroupBy;
  cycles: { cycleId: string; groups: ProgressGroup[]; overall: ProgressGroup }[];
}

/** GET /analytics/submissions */
export type SubmissionsResponse = SubmissionSummary & { cycleId: string; lateStates: string[] };

/** GET /analytics/coverage */
export interface CoverageResponse {
  cycleId: string;
  basis: Basis;
  actionCodes: string[];
  rows: CoverageRow[];
  /** Actions where no state reports progress beyond "not started". */
  untouched: string[];
  /** Per action, how many states take part. */
  participation: { actionCode: string; states: number }[];
  supportNeeds: SupportNeeds;
  evidence: number;
}

export interface EntryText {
  text: string;
  lang: 'en' | 'ru';
}

/** One state's answer on one action, with its texts. */
export interface EntryItem {
  stateCode: string;
  actionCode: string;
  /** The version of the report the answer was read from (for citations). */
  reportVersion: number;
  participation: Participation | null;
  status: ImplementationStatus | null;
  narrative: EntryText;
  obstacles: EntryText;
  supportNeeded: { categories: SupportCategory[]; text: EntryText };
  evidence: { links: { title: string; url: string }[]; files: { id: string; fileName: string; size: number }[] };
}

/** GET /analytics/entries */
export interface EntriesResponse {
  total: number;
  page: number;
  pageSize: number;
  items: EntryItem[];
}

/** GET /analytics/states/:stateCode/profile */
export interface StateProfileResponse {
  stateCode: string;
  basis: Basis;
  cycles: {
    cycleId: string;
    /** The state's report status in the cycle; null when it has none. */
    reportStatus: string | null;
    /** The state's own figures by area (null when its report is not in the basis). */
    byArea: ProgressGroup[] | null;
    overall: ProgressGroup | null;
    /** All states by area, as the viewer may see them (suppressed for a state under 3 reports). */
    allStatesByArea: ProgressGroup[];
  }[];
}

/** GET /analytics/peer-learning (Secretariat and admins) */
export interface PeerLearningResponse {
  cycleId: string;
  basis: Basis;
  actions: PeerLearningAction[];
}
