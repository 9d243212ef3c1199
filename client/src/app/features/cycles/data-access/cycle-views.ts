import type { Cycle, CycleStatus, Locale, Region, Role, State } from '@ppm/shared';

import {
  type ReviewList,
  type ReviewStatus,
  type ReviewSummary,
  localized,
  summarizeReviewRows,
} from './review-rows';

/** The person's own state's report in a cycle (focal points and contributors). */
export interface OwnReport {
  readonly stateCode: string;
  readonly status: ReviewStatus;
  readonly percent: number;
  readonly deadline: string;
  readonly extended: boolean;
  readonly late: boolean;
}

/** A cycle as the list shows it, in the active language. */
export interface CycleCard {
  readonly id: string;
  readonly name: string;
  readonly status: CycleStatus;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly opensAt: string;
  readonly deadline: string;
  readonly expected: number;
  /** Counts over the expected states, once the cycle's review list has loaded. */
  readonly summary: ReviewSummary | null;
  /** The person's own state's report, for people of a state. */
  readonly own: OwnReport | null;
}

/** A cycle as its page's header shows it. */
export interface CycleView {
  readonly id: string;
  readonly name: string;
  /** The name in the other working language. */
  readonly otherName: string;
  readonly status: CycleStatus;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly opensAt: string;
  readonly deadline: string;
  readonly expected: number;
  readonly extensions: readonly { stateCode: string; stateName: string; deadline: string }[];
}

/** Active states of one region, for the expected-states picker. */
export interface StateGroup {
  readonly region: string;
  readonly regionName: string;
  readonly states: readonly { code: string; name: string }[];
}

const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'ru' : 'en');

export function toCycleCards(
  cycles: readonly Cycle[],
  reviews: Readonly<Partial<Record<string, ReviewList>>>,
  ownStateCode: string | null,
  locale: Locale,
): CycleCard[] {
  return cycles.map((cycle) => {
    const review = reviews[cycle.id];
    const rows = review?.status === 'loaded' ? review.rows : null;
    const ownRow = ownStateCode ? rows?.find((row) => row.stateCode === ownStateCode) : undefined;
    return {
      id: cycle.id,
      name: localized(cycle.name, locale),
      status: cycle.status,
      periodFrom: cycle.periodFrom,
      periodTo: cycle.periodTo,
      opensAt: cycle.opensAt,
      deadline: cycle.deadline,
      expected: cycle.expectedStates.length,
      summary: rows && !ownStateCode ? summarizeReviewRows(rows) : null,
      own: ownRow
        ? {
            stateCode: ownRow.stateCode,
            status: ownRow.status,
            percent: ownRow.completeness.percent,
            deadline: ownRow.deadline,
            extended: ownRow.deadline !== cycle.deadline,
            late: ownRow.late,
          }
        : null,
    };
  });
}

export function toCycleView(
  cycle: Cycle | null,
  states: readonly State[],
  locale: Locale,
): CycleView | null {
  if (!cycle) {
    return null;
  }
  const names = new Map(states.map((state) => [state.code, localized(state.name, locale)]));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return {
    id: cycle.id,
    name: localized(cycle.name, locale),
    otherName: localized(cycle.name, otherLocale(locale)),
    status: cycle.status,
    periodFrom: cycle.periodFrom,
    periodTo: cycle.periodTo,
    opensAt: cycle.opensAt,
    deadline: cycle.deadline,
    expected: cycle.expectedStates.length,
    extensions: cycle.deadlineExtensions
      .map((extension) => ({
        stateCode: extension.stateCode,
        stateName: names.get(extension.stateCode) ?? extension.stateCode,
        deadline: extension.deadline,
      }))
      .sort((a, b) => collator.compare(a.stateName, b.stateName)),
  };
}

/** Active states by region (in the regions' order), each region's states by name. */
export function toStateGroups(
  states: readonly State[],
  regions: readonly Region[],
  locale: Locale,
): StateGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const active = states.filter((state) => state.active);
  const known = new Set(regions.map((region) => region.code));
  const orphans = [...new Set(active.map((state) => state.region))].filter(
    (code) => !known.has(code),
  );
  return [
    ...regions.map((region) => ({ code: region.code, name: localized(region.name, locale) })),
    ...orphans.map((code) => ({ code, name: code })),
  ]
    .map((region) => ({
      region: region.code,
      regionName: region.name,
      states: active
        .filter((state) => state.region === region.code)
        .map((state) => ({ code: state.code, name: localized(state.name, locale) }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((group) => group.states.length > 0);
}

/** The roles that may read reports (administrators manage accounts, not reports). */
export function readsReports(role: Role | null): boolean {
  return role !== null && role !== 'admin';
}

/**
 * Where a row of the review list leads, or null when the viewer may not open it (so the row is
 * plain text, never a link to a refusal). The Secretariat reviews a report once it exists and
 * sees the reminders page of a state that has not started; evaluators read approved reports only;
 * a state's own people (the only row they see) read or edit theirs; admins read no reports.
 */
export function reportLink(
  cycleId: string,
  row: { readonly stateCode: string; readonly status: ReviewStatus },
  role: Role | null,
): string[] | null {
  const report = ['/reports', cycleId, row.stateCode];
  switch (role) {
    case 'secretariat':
      return row.status === 'not_started'
        ? ['/cycles', cycleId, 'states', row.stateCode]
        : [...report, 'review'];
    case 'evaluator':
      return row.status === 'approved' ? report : null;
    case 'focal_point':
    case 'contributor':
      return report;
    default:
      return null;
  }
}

/** The URL a state's people use for their report in the open cycle. */
export const MY_REPORT_URL = '/my-report';

/** Where a state's people go from a cycle in the list: the editor while it is open. */
export function ownReportLink(card: Pick<CycleCard, 'id' | 'status' | 'own'>): string[] | null {
  if (!card.own || card.status === 'planned') {
    return null;
  }
  return card.status === 'open' ? [MY_REPORT_URL] : ['/reports', card.id, card.own.stateCode];
}
