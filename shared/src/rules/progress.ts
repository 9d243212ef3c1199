import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../reporting/codes.js';
import { areaOfAction, type EntryFacts, type ReportFacts } from './facts.js';

export const GROUP_BY = ['area', 'action', 'state', 'region'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** Aggregates built from fewer states' reports are hidden from the states (no one can be singled out). */
export const MIN_STATES_FOR_AGGREGATE = 3;

/** The scale's scores (the reference data's `implementationScale`; a spec keeps them equal). */
export const SCALE_SCORES: Readonly<Record<ImplementationStatus, number>> = {
  not_started: 0,
  limited: 1,
  substantial: 2,
  completed: 3,
};
const MAX_SCORE = 3;

export type StatusCounts = Record<ImplementationStatus, number>;

export interface GroupFigures {
  /** The area, action, state or region code. */
  key: string;
  /** Reports (one per state) with at least one entry in the group. */
  reports: number;
  participating: number;
  notParticipating: number;
  /** Entries with no participation answer yet. */
  unanswered: number;
  /** Participating entries by implementation status (those without a status are in none). */
  byStatus: StatusCounts;
  /** 0..100 with one decimal; null when no participating entry has a status. */
  score: number | null;
  suppressed: false;
}

/** A group shown to a state but built from fewer than MIN_STATES_FOR_AGGREGATE reports: figures withheld. */
export interface SuppressedGroup {
  key: string;
  reports: number;
  participating: null;
  notParticipating: null;
  unanswered: null;
  byStatus: null;
  score: null;
  suppressed: true;
}

export type ProgressGroup = GroupFigures | SuppressedGroup;

export interface GroupingContext {
  regionOf: (stateCode: string) => string | undefined;
  /** Groups to show even when empty, in this order (e.g. the plan's areas); others follow sorted. */
  keys?: readonly string[];
}

export function emptyStatusCounts(): StatusCounts {
  return { not_started: 0, limited: 0, substantial: 0, completed: 0 };
}

/**
 * The score: the mean of the scale's scores over participating entries that have a status, as a
 * percentage of the top score, rounded to one decimal. "Not participating" never counts.
 */
export function scoreOf(byStatus: StatusCounts): number | null {
  let entries = 0;
  let points = 0;
  for (const status of IMPLEMENTATION_STATUSES) {
    entries += byStatus[status];
    points += byStatus[status] * SCALE_SCORES[status];
  }
  if (entries === 0) return null;
  return Math.round((points * 1000) / (entries * MAX_SCORE)) / 10;
}

/** Percentage points between two scores, one decimal; null when either is missing. */
export function scoreChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return Math.round((current - previous) * 10) / 10;
}

function groupKeyOf(report: ReportFacts, entry: EntryFacts, by: GroupBy, context: GroupingContext): string | undefined {
  switch (by) {
    case 'area':
      return areaOfAction(entry.actionCode);
    case 'action':
      return entry.actionCode;
    case 'state':
      return report.stateCode;
    case 'region':
      return context.regionOf(report.stateCode);
  }
}

interface Tally {
  states: Set<string>;
  participating: number;
  notParticipating: number;
  unanswered: number;
  byStatus: StatusCounts;
}

/** Adds one entry's answers to a tally. */
function count(tally: Tally, stateCode: string, entry: EntryFacts): void {
  tally.states.add(stateCode);
  if (entry.participation === null) tally.unanswered += 1;
  else if (entry.participation === 'not_participating') tally.notParticipating += 1;
  else {
    tally.participating += 1;
    if (entry.status !== null) tally.byStatus[entry.status] += 1;
  }
}

/**
 * The figures per area, action, state or region over the given reports (already chosen by
 * cycle, basis and filters). Groups listed in `context.keys` appear even without entries.
 */
export function progressGroups(reports: readonly ReportFacts[], by: GroupBy, context: GroupingContext): GroupFigures[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (key: string): Tally => {
    let tally = tallies.get(key);
    if (!tally) {
      tally = {
        states: new Set(),
        participating: 0,
        notParticipating: 0,
        unanswered: 0,
        byStatus: emptyStatusCounts(),
      };
      tallies.set(key, tally);
    }
    return tally;
  };
  for (const key of context.keys ?? []) tallyOf(key);
  for (const report of reports) {
    for (const entry of report.entries) {
      const key = groupKeyOf(report, entry, by, context);
      if (key !== undefined) count(tallyOf(key), report.stateCode, entry);
    }
  }
  const listed = new Set(context.keys ?? []);
  const others = [...tallies.keys()].filter((key) => !listed.has(key)).sort(compareCodes);
  return [...(context.keys ?? []), ...others].map((key) => {
    const tally = tallyOf(key);
    return {
      key,
      reports: tally.states.size,
      participating: tally.participating,
      notParticipating: tally.notParticipating,
      unanswered: tally.unanswered,
      byStatus: tally.byStatus,
      score: scoreOf(tally.byStatus),
      suppressed: false,
    };
  });
}

/** The same group with its figures withheld. */
export function suppressedGroup(group: GroupFigures): SuppressedGroup {
  return {
    key: group.key,
    reports: group.reports,
    participating: null,
    notParticipating: null,
    unanswered: null,
    byStatus: null,
    score: null,
    suppressed: true,
  };
}

/** What a state may see of aggregates: groups built from fewer than three states' reports are withheld. */
export function suppressSmallGroups(groups: readonly GroupFigures[]): ProgressGroup[] {
  return groups.map((group) => (group.reports < MIN_STATES_FOR_AGGREGATE ? suppressedGroup(group) : group));
}

/** Codes like "1.10" after "1.9": numeric parts compared as numbers. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** All the reports' entries together, as one group with the key "all". */
export function overallFigures(reports: readonly ReportFacts[]): GroupFigures {
  const [overall] = progressGroups(reports, 'region', { regionOf: () => 'all', keys: ['all'] });
  return overall!;
}
