import {
  BASES,
  type Basis,
  type ImplementationStatus,
  type SubmissionStatus,
} from '@ppm/shared/rules';

/** The pages of the dashboard; each asks the API for its own figures. */
export type AnalyticsPage =
  'overview' | 'submissions' | 'coverage' | 'drill-down' | 'state-profile' | 'peer-learning';

/**
 * The filters of a dashboard page, as its URL holds them (so a view can be bookmarked and
 * shared). `null` means "not chosen": the cycle then defaults to the latest that has opened,
 * the basis to approved reports.
 */
export interface AnalyticsQuery {
  readonly cycleId: string | null;
  readonly basis: Basis;
  readonly regionCode: string | null;
  readonly areaCode: string | null;
  readonly actionCode: string | null;
  readonly stateCode: string | null;
  readonly status: SubmissionStatus | ImplementationStatus | 'not_participating' | null;
  readonly q: string;
  readonly page: number;
}

export const NO_QUERY: AnalyticsQuery = {
  cycleId: null,
  basis: 'approved',
  regionCode: null,
  areaCode: null,
  actionCode: null,
  stateCode: null,
  status: null,
  q: '',
  page: 1,
};

/** Entries per page in the drill-down. */
export const ENTRIES_PAGE_SIZE = 20;

/** The query parameters a page reads; everything else in the URL is ignored. */
export type QueryParams = Readonly<Partial<Record<keyof AnalyticsQuery, string | undefined>>>;

const CODE = /^[A-Za-z0-9._-]{1,40}$/;
const STATUSES: readonly string[] = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'approved',
  'limited',
  'substantial',
  'completed',
  'not_participating',
];

const code = (value: string | undefined): string | null =>
  value !== undefined && CODE.test(value) ? value : null;

/**
 * Reads a page's filters from its URL. Values that cannot be right (a hand-edited link) fall
 * back to "not chosen" instead of reaching the API as a 400.
 */
export function queryFromParams(params: QueryParams): AnalyticsQuery {
  const page = Number(params.page);
  return {
    cycleId: code(params.cycleId),
    basis: (BASES as readonly string[]).includes(params.basis ?? '')
      ? (params.basis as Basis)
      : 'approved',
    regionCode: code(params.regionCode),
    areaCode: code(params.areaCode),
    actionCode: code(params.actionCode),
    stateCode: code(params.stateCode),
    status: STATUSES.includes(params.status ?? '')
      ? (params.status as AnalyticsQuery['status'])
      : null,
    q: (params.q ?? '').slice(0, 200),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * The URL's query parameters for a query: defaults are left out, so links stay short and
 * "the latest cycle" stays the latest.
 */
export function paramsFromQuery(query: AnalyticsQuery): Record<string, string | null> {
  return {
    cycleId: query.cycleId,
    basis: query.basis === 'approved' ? null : query.basis,
    regionCode: query.regionCode,
    areaCode: query.areaCode,
    actionCode: query.actionCode,
    stateCode: query.stateCode,
    status: query.status,
    q: query.q === '' ? null : query.q,
    page: query.page === 1 ? null : String(query.page),
  };
}
