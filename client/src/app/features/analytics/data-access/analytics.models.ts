import type {
  CoverageResponse,
  EntriesResponse,
  EntryItem,
  ProgressResponse,
  StateProfileResponse,
  SubmissionsResponse,
  TrendResponse,
} from '@ppm/shared';

/*
 * The answers of `/api/v1/analytics/...`: the shared API types, under the names the dashboard
 * uses. The figures' definitions live in `@ppm/shared/rules` (one for server and client).
 */
export type {
  Basis,
  CoverageCell,
  GroupBy,
  ProgressGroup,
  StatusCounts,
  SubmissionStatus,
} from '@ppm/shared/rules';

export type ProgressAnswer = ProgressResponse;
export type TrendAnswer = TrendResponse;
export type SubmissionsAnswer = SubmissionsResponse;
export type SubmissionState = SubmissionsResponse['states'][number];
export type CoverageAnswer = CoverageResponse;
export type AnalyticsEntry = EntryItem;
export type EntriesAnswer = EntriesResponse;
export type StateProfileAnswer = StateProfileResponse;

/** GET|PUT `/analytics/cycles/:cycleId/publication`. */
export interface PublicationAnswer {
  cycleId: string;
  published: boolean;
  changedAt: string | null;
}
