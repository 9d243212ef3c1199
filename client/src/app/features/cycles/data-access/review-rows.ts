import type { Cycle, Locale, LocalizedText, Region, ReviewRow, State } from '@ppm/shared';

import type { ApiError } from '../../../core/http';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** One cycle's review list as the store holds it. */
export interface ReviewList {
  readonly status: LoadStatus;
  readonly rows: readonly ReviewRow[];
  readonly error: ApiError | null;
}

/** Where a state's report stands; "not_started" when it has none yet. */
export type ReviewStatus = ReviewRow['status'];

/** Every status in workflow order: the order of the filter, the summary and of sorting. */
export const REVIEW_STATUSES = [
  'not_started',
  'draft',
  'returned',
  'submitted',
  'approved',
] as const satisfies readonly ReviewStatus[];

type Unlisted = Exclude<ReviewStatus, (typeof REVIEW_STATUSES)[number]>;
type MustBeTrue<T extends true> = T;
/** Fails to compile if `@ppm/shared` gains a report status that `REVIEW_STATUSES` lacks. */
export type EveryStatusListed = MustBeTrue<[Unlisted] extends [never] ? true : false>;

/** Which rows of the review list are shown. */
export interface ReviewFilter {
  /** A region code, or null for all regions. */
  readonly region: string | null;
  readonly status: ReviewStatus | null;
  readonly lateOnly: boolean;
  /** Part of a state's name (either language) or its code; blank for all. */
  readonly text: string;
}

export const NO_REVIEW_FILTER: ReviewFilter = {
  region: null,
  status: null,
  lateOnly: false,
  text: '',
};

export const REVIEW_SORT_COLUMNS = [
  'state',
  'region',
  'status',
  'completeness',
  'updatedAt',
  'submittedAt',
  'deadline',
  'late',
] as const;
export type ReviewSortColumn = (typeof REVIEW_SORT_COLUMNS)[number];

export interface ReviewSort {
  readonly column: ReviewSortColumn;
  readonly direction: 'asc' | 'desc';
}

export const DEFAULT_REVIEW_SORT: ReviewSort = { column: 'state', direction: 'asc' };

export function isReviewSortColumn(value: string): value is ReviewSortColumn {
  return (REVIEW_SORT_COLUMNS as readonly string[]).includes(value);
}

/** One row of the review table, in the active language. */
export interface ReviewRowView {
  readonly stateCode: string;
  readonly stateName: string;
  readonly region: string;
  readonly regionName: string;
  readonly status: ReviewStatus;
  readonly complete: number;
  readonly total: number;
  readonly percent: number;
  readonly updatedAt: string | null;
  readonly submittedAt: string | null;
  /** The state's deadline: its extension if it has one. */
  readonly deadline: string;
  /** The state has a later deadline than the cycle's. */
  readonly extended: boolean;
  readonly late: boolean;
}

/** How many expected states stand where, and how many are late. */
export interface ReviewSummary {
  readonly expected: number;
  readonly counts: Readonly<Record<ReviewStatus, number>>;
  readonly late: number;
}

export const localized = (value: LocalizedText, locale: Locale): string =>
  value[locale] || value.en;

/** Lower case, without accents: "Türkiye" is found by "turk". */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The rows with state and region names in the active language, in the server's order. */
export function toReviewRowViews(
  rows: readonly ReviewRow[],
  cycle: Pick<Cycle, 'deadline'> | null,
  states: readonly State[],
  regions: readonly Region[],
  locale: Locale,
): ReviewRowView[] {
  const stateNames = new Map(states.map((state) => [state.code, localized(state.name, locale)]));
  const regionNames = new Map(
    regions.map((region) => [region.code, localized(region.name, locale)]),
  );
  return rows.map((row) => ({
    stateCode: row.stateCode,
    stateName: stateNames.get(row.stateCode) ?? row.stateCode,
    region: row.region,
    regionName: regionNames.get(row.region) ?? row.region,
    status: row.status,
    complete: row.completeness.complete,
    total: row.completeness.total,
    percent: row.completeness.percent,
    updatedAt: row.updatedAt,
    submittedAt: row.submittedAt,
    deadline: row.deadline,
    extended: cycle !== null && row.deadline !== cycle.deadline,
    late: row.late,
  }));
}

/** Rows that pass every part of the filter; the text matches names in both languages and codes. */
export function filterReviewRows(
  rows: readonly ReviewRowView[],
  filter: ReviewFilter,
  states: readonly State[],
): ReviewRowView[] {
  const needle = fold(filter.text.trim());
  const names = new Map(states.map((state) => [state.code, [state.name.en, state.name.ru]]));
  return rows.filter(
    (row) =>
      (filter.region === null || row.region === filter.region) &&
      (filter.status === null || row.status === filter.status) &&
      (!filter.lateOnly || row.late) &&
      (needle === '' ||
        [row.stateCode, row.stateName, ...(names.get(row.stateCode) ?? [])].some((candidate) =>
          fold(candidate).includes(needle),
        )),
  );
}

type Compare = (a: ReviewRowView, b: ReviewRowView) => number;

/** Missing values (no submission yet) go last whichever way the column is sorted. */
function nullsLast(pick: (row: ReviewRowView) => string | null, direction: 1 | -1): Compare {
  return (a, b) => {
    const left = pick(a);
    const right = pick(b);
    if (left === right) {
      return 0;
    }
    if (left === null) {
      return 1;
    }
    if (right === null) {
      return -1;
    }
    return left < right ? -direction : direction;
  };
}

/** Sorted by the chosen column; ties (and the state column) by state name in the active language. */
export function sortReviewRows(
  rows: readonly ReviewRowView[],
  sort: ReviewSort,
  locale: Locale,
): ReviewRowView[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const byName: Compare = (a, b) => collator.compare(a.stateName, b.stateName);
  const direction = sort.direction === 'asc' ? 1 : -1;
  const by: Record<ReviewSortColumn, Compare> = {
    state: (a, b) => direction * byName(a, b),
    region: (a, b) => direction * collator.compare(a.regionName, b.regionName),
    status: (a, b) =>
      direction * (REVIEW_STATUSES.indexOf(a.status) - REVIEW_STATUSES.indexOf(b.status)),
    completeness: (a, b) => direction * (a.percent - b.percent),
    updatedAt: nullsLast((row) => row.updatedAt, direction),
    submittedAt: nullsLast((row) => row.submittedAt, direction),
    deadline: (a, b) => direction * a.deadline.localeCompare(b.deadline),
    late: (a, b) => direction * (Number(a.late) - Number(b.late)),
  };
  const compare = by[sort.column];
  return [...rows].sort((a, b) => compare(a, b) || byName(a, b));
}

/** Counts per status and late states, over every expected state. */
export function summarizeReviewRows(
  rows: readonly Pick<ReviewRow, 'status' | 'late'>[],
): ReviewSummary {
  const counts = Object.fromEntries(REVIEW_STATUSES.map((status) => [status, 0])) as Record<
    ReviewStatus,
    number
  >;
  for (const row of rows) {
    counts[row.status] += 1;
  }
  return { expected: rows.length, counts, late: rows.filter((row) => row.late).length };
}

/** The regions that occur among the rows, by name, for the region filter. */
export function regionOptions(
  rows: readonly ReviewRowView[],
  locale: Locale,
): { code: string; name: string }[] {
  const seen = new Map(rows.map((row) => [row.region, row.regionName]));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...seen]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
