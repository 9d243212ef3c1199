import type { Cycle, Role } from '@ppm/shared';

import type {
  CoverageAnswer,
  EntriesAnswer,
  GroupBy,
  ProgressAnswer,
  PublicationAnswer,
  StateProfileAnswer,
  SubmissionsAnswer,
  TrendAnswer,
} from './analytics.models';
import { ENTRIES_PAGE_SIZE, type AnalyticsPage, type AnalyticsQuery } from './analytics-query';

/** What each slot of the store holds: one answer of the API. */
export interface FigureData {
  progressByArea: ProgressAnswer;
  progressByRegion: ProgressAnswer;
  progressByAction: ProgressAnswer;
  previousProgressByArea: ProgressAnswer;
  trend: TrendAnswer;
  submissions: SubmissionsAnswer;
  previousSubmissions: SubmissionsAnswer;
  coverage: CoverageAnswer;
  entries: EntriesAnswer;
  profile: StateProfileAnswer;
  publication: PublicationAnswer;
}

export type FigureSlot = keyof FigureData;
export const FIGURE_SLOTS: readonly FigureSlot[] = [
  'progressByArea',
  'progressByRegion',
  'progressByAction',
  'previousProgressByArea',
  'trend',
  'submissions',
  'previousSubmissions',
  'coverage',
  'entries',
  'profile',
  'publication',
];

/** A GET under `/api/v1/analytics`, with its query parameters (repeated ones as arrays). */
export interface FigureRequest {
  readonly slot: FigureSlot;
  readonly path: string;
  readonly params: Readonly<Record<string, string | readonly string[]>>;
  /** Path and parameters in one string: the same key is the same answer. */
  readonly key: string;
}

/** How many cycles the trend and a state's profile show, newest last. */
export const TREND_LENGTH = 6;

/** Who may look at work in progress (`basis=submitted`) and publish a closed cycle. */
export function mayChooseBasis(role: Role | null): boolean {
  return role === 'secretariat' || role === 'admin';
}

/** Cycles that have opened, oldest first: the order of trends. */
export function cycleOrder(cycles: readonly Cycle[]): Cycle[] {
  return cycles
    .filter((cycle) => cycle.status !== 'planned')
    .sort((a, b) => a.periodTo.localeCompare(b.periodTo) || a.id.localeCompare(b.id));
}

/** The cycle a page shows when its URL names none: the latest that has opened. */
export function defaultCycleId(cycles: readonly Cycle[]): string | null {
  return cycleOrder(cycles).at(-1)?.id ?? null;
}

/** The cycles of a trend ending at `cycleId`, oldest first. */
export function trendCycleIds(cycles: readonly Cycle[], cycleId: string): string[] {
  const ids = cycleOrder(cycles).map((cycle) => cycle.id);
  const end = ids.indexOf(cycleId);
  return end < 0 ? [cycleId] : ids.slice(Math.max(0, end - TREND_LENGTH + 1), end + 1);
}

function keyOf(path: string, params: FigureRequest['params']): string {
  const query = Object.keys(params)
    .sort()
    .flatMap((name) => {
      const value = params[name];
      return (typeof value === 'string' ? [value] : value).map(
        (one) => `${name}=${encodeURIComponent(one)}`,
      );
    })
    .join('&');
  return `${path}?${query}`;
}

function request(
  slot: FigureSlot,
  path: string,
  params: Record<string, string | readonly string[] | null>,
): FigureRequest {
  const kept = Object.fromEntries(
    Object.entries(params).filter((pair): pair is [string, string | readonly string[]] => {
      return pair[1] !== null && pair[1] !== '';
    }),
  );
  return { slot, path, params: kept, key: keyOf(path, kept) };
}

export interface RequestContext {
  readonly page: AnalyticsPage | null;
  readonly query: AnalyticsQuery;
  /** Every cycle, as `/cycles` lists them. */
  readonly cycles: readonly Cycle[];
  readonly role: Role | null;
  /** The person's own state (focal points and contributors). */
  readonly ownStateCode: string | null;
}

/**
 * The API calls a page needs for its filters. Pure, so the store can tell which answers it
 * already holds (same key) and which must be fetched; empty until the cycle is known.
 */
export function figureRequests(context: RequestContext): FigureRequest[] {
  const { page, query, cycles, role } = context;
  const cycleId = query.cycleId ?? defaultCycleId(cycles);
  if (page === null || cycleId === null) {
    return [];
  }
  // Whether the Secretariat has published the cycle: its switch shows on every page.
  const publication =
    role === 'secretariat'
      ? [request('publication', `/cycles/${encodeURIComponent(cycleId)}/publication`, {})]
      : [];
  return [...publication, ...pageRequests(page, cycleId, context)];
}

function pageRequests(
  page: AnalyticsPage,
  cycleId: string,
  context: RequestContext,
): FigureRequest[] {
  const { query, cycles, role } = context;
  const basis = mayChooseBasis(role) ? query.basis : 'approved';
  const common = { cycleId, basis, regionCode: query.regionCode };
  const order = trendCycleIds(cycles, cycleId);
  const previousId = order.length > 1 ? (order.at(-2) ?? null) : null;
  const progress = (slot: FigureSlot, by: GroupBy, extra: Record<string, string | null> = {}) =>
    request(slot, '/progress', { ...common, by, ...extra });

  switch (page) {
    case 'overview':
      return [
        request('submissions', '/submissions', common),
        progress('progressByArea', 'area'),
        progress('progressByRegion', 'region'),
        request('trend', '/trend', { ...common, cycleId: order, by: 'area' }),
        ...(previousId
          ? [
              request('previousSubmissions', '/submissions', { ...common, cycleId: previousId }),
              progress('previousProgressByArea', 'area', { cycleId: previousId }),
            ]
          : []),
      ];
    case 'submissions':
      return [request('submissions', '/submissions', common)];
    case 'coverage':
      return [request('coverage', '/coverage', { ...common, areaCode: query.areaCode })];
    case 'drill-down':
      return [
        progress('progressByAction', 'action', { areaCode: query.areaCode }),
        ...(query.actionCode !== null || query.q !== ''
          ? [
              request('entries', '/entries', {
                ...common,
                areaCode: query.areaCode,
                actionCode: query.actionCode,
                stateCode: query.stateCode,
                status: query.status,
                q: query.q,
                page: String(query.page),
                pageSize: String(ENTRIES_PAGE_SIZE),
              }),
            ]
          : []),
      ];
    case 'state-profile': {
      // The profile takes the basis and the cycles only; its answer holds every state's figures too.
      const stateCode = query.stateCode ?? context.ownStateCode;
      return stateCode
        ? [
            request('profile', `/states/${encodeURIComponent(stateCode)}/profile`, {
              basis,
              cycleId: order,
            }),
          ]
        : [];
    }
    case 'peer-learning':
      return [
        request('coverage', '/coverage', common),
        ...(query.actionCode
          ? [
              request('entries', '/entries', {
                ...common,
                actionCode: query.actionCode,
                page: '1',
                pageSize: '200',
              }),
            ]
          : []),
      ];
  }
}
