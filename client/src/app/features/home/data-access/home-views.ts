import type {
  ActionPlanView,
  Cycle,
  EvaluationSummary,
  Locale,
  ReportView,
  ReviewRow,
  State,
  User,
} from '@ppm/shared';
import type { ProgressGroup, SubmissionSummary } from '@ppm/shared/rules';

import { inLocale } from '../../action-plan/data-access';
import type { Remote } from './home.feature';

const DAY_MS = 86_400_000;

/** Whole days from `now` to the end of the deadline day (UTC), rounded up; 0 or less once passed. */
export function daysLeft(deadline: string, now: string): number {
  // `+ 0` turns the -0 of a deadline passed less than a day ago into 0.
  return Math.ceil((Date.parse(`${deadline}T23:59:59.999Z`) - Date.parse(now)) / DAY_MS) + 0;
}

/** A part of the page: waiting for its answer, failed, or ready with what to show. */
export type Part<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'ready'; readonly value: T };

const LOADING = { kind: 'loading' } as const;
const FAILED = { kind: 'failed' } as const;
const ready = <T>(value: T): Part<T> => ({ kind: 'ready', value });

/** A remote read turned into a part, its data shaped by `view`. */
function partOf<T, V>(remote: Remote<T>, view: (data: T) => V): Part<V> {
  if (remote.status === 'failed') return FAILED;
  return remote.status === 'loaded' && remote.data !== null ? ready(view(remote.data)) : LOADING;
}

const cycleName = (cycle: Cycle, locale: Locale): string => inLocale(cycle.name, locale);

// ---- A state's people: their report ----

export interface ReturnedAction {
  readonly code: string;
  readonly title: string;
}

export interface OwnReportTask {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly stateCode: string;
  readonly status: ReviewRow['status'];
  readonly complete: number;
  readonly total: number;
  readonly percent: number;
  readonly deadline: string;
  readonly daysLeft: number;
  readonly late: boolean;
  /** Actions the Secretariat commented on when it returned the report (a returned report only). */
  readonly returned: Part<readonly ReturnedAction[]> | null;
  /** The report's page. */
  readonly link: readonly string[];
}

/** No open cycle for the state, or its report. */
export type OwnReportHome =
  { readonly kind: 'no-open-cycle' } | { readonly kind: 'report'; readonly task: OwnReportTask };

function actionTitles(plan: ActionPlanView | null, locale: Locale): Map<string, string> {
  const titles = new Map<string, string>();
  for (const area of plan?.areas ?? []) {
    for (const action of area.actions) titles.set(action.code, inLocale(action.title, locale));
  }
  return titles;
}

function returnedActions(
  report: ReportView,
  plan: ActionPlanView | null,
  locale: Locale,
): ReturnedAction[] {
  const titles = actionTitles(plan, locale);
  return report.entries
    .filter((entry) => (entry.reviewComment ?? '').trim() !== '')
    .map((entry) => ({ code: entry.actionCode, title: titles.get(entry.actionCode) ?? '' }));
}

export function ownReportHome(
  parts: {
    cycles: Remote<Cycle[]>;
    reviewList: Remote<{ cycleId: string; rows: ReviewRow[] }>;
    ownReport: Remote<ReportView>;
  },
  focus: Cycle | null,
  context: { now: string; locale: Locale; plan: ActionPlanView | null },
): Part<OwnReportHome> {
  if (parts.cycles.status === 'failed') return FAILED;
  if (parts.cycles.status !== 'loaded') return LOADING;
  if (!focus) return ready({ kind: 'no-open-cycle' });
  return partOf(parts.reviewList, ({ rows }): OwnReportHome => {
    const row = rows.at(0);
    if (!row) return { kind: 'no-open-cycle' };
    const task: OwnReportTask = {
      cycleId: focus.id,
      cycleName: cycleName(focus, context.locale),
      stateCode: row.stateCode,
      status: row.status,
      complete: row.completeness.complete,
      total: row.completeness.total,
      percent: row.completeness.percent,
      deadline: row.deadline,
      daysLeft: daysLeft(row.deadline, context.now),
      late: row.late,
      returned:
        row.status === 'returned'
          ? partOf(parts.ownReport, (report) =>
              returnedActions(report, context.plan, context.locale),
            )
          : null,
      link: ['/reports', focus.id, row.stateCode],
    };
    return { kind: 'report', task };
  });
}

// ---- The Secretariat: the open cycle's worklist ----

export interface StateItem {
  readonly stateCode: string;
  readonly name: string;
  /** Where the Secretariat acts on it: the review page, or the report. */
  readonly link: readonly string[];
  readonly deadline: string;
  /** Days since the deadline passed (late states). */
  readonly daysOverdue: number;
}

export interface ReviewDesk {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly deadline: string;
  readonly daysLeft: number;
  readonly expected: number;
  /** Submitted, waiting for review: the longest waiting first. */
  readonly waiting: readonly StateItem[];
  /** Past their deadline and not submitted: the Secretariat chases these. */
  readonly late: readonly StateItem[];
  /** Other cycles open at the same time. */
  readonly alsoOpen: readonly { id: string; name: string }[];
}

export type SecretariatHome =
  { readonly kind: 'no-open-cycle' } | { readonly kind: 'desk'; readonly desk: ReviewDesk };

const UNSUBMITTED: readonly ReviewRow['status'][] = ['not_started', 'draft', 'returned'];

function stateNames(states: Remote<State[]>, locale: Locale): Map<string, string> {
  return new Map((states.data ?? []).map((state) => [state.code, inLocale(state.name, locale)]));
}

export function secretariatHome(
  parts: {
    cycles: Remote<Cycle[]>;
    states: Remote<State[]>;
    reviewList: Remote<{ cycleId: string; rows: ReviewRow[] }>;
  },
  focus: Cycle | null,
  context: { now: string; locale: Locale },
): Part<SecretariatHome> {
  if (parts.cycles.status === 'failed') return FAILED;
  if (parts.cycles.status !== 'loaded') return LOADING;
  if (!focus) return ready({ kind: 'no-open-cycle' });
  const names = stateNames(parts.states, context.locale);
  const item = (row: ReviewRow, link: readonly string[]): StateItem => ({
    stateCode: row.stateCode,
    name: names.get(row.stateCode) ?? row.stateCode,
    link,
    deadline: row.deadline,
    daysOverdue: Math.max(0, -daysLeft(row.deadline, context.now)),
  });
  return partOf(parts.reviewList, ({ rows }): SecretariatHome => {
    const waiting = rows
      .filter((row) => row.status === 'submitted')
      .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
      .map((row) => item(row, ['/reports', focus.id, row.stateCode, 'review']));
    const late = rows
      .filter((row) => row.late && UNSUBMITTED.includes(row.status))
      .sort(
        (a, b) => a.deadline.localeCompare(b.deadline) || a.stateCode.localeCompare(b.stateCode),
      )
      .map((row) => item(row, ['/cycles', focus.id]));
    const alsoOpen = (parts.cycles.data ?? [])
      .filter((cycle) => cycle.status === 'open' && cycle.id !== focus.id)
      .map((cycle) => ({ id: cycle.id, name: cycleName(cycle, context.locale) }));
    return {
      kind: 'desk',
      desk: {
        cycleId: focus.id,
        cycleName: cycleName(focus, context.locale),
        deadline: focus.deadline,
        daysLeft: daysLeft(focus.deadline, context.now),
        expected: focus.expectedStates.length,
        waiting,
        late,
        alsoOpen,
      },
    };
  });
}

export interface SubmissionFigures {
  readonly expected: number;
  readonly responded: number;
  readonly responseRate: number | null;
  readonly submitted: number;
  readonly approved: number;
  readonly late: number;
}

export function submissionFigures(submissions: Remote<SubmissionSummary>): Part<SubmissionFigures> {
  return partOf(submissions, (summary) => ({
    expected: summary.expected,
    responded: summary.responded,
    responseRate: summary.responseRate,
    submitted: summary.byStatus.submitted,
    approved: summary.byStatus.approved,
    late: summary.late,
  }));
}

export interface AreaProgress {
  readonly code: string;
  readonly title: string;
  /** 0..100, one decimal; null when nothing to score (or withheld). */
  readonly score: number | null;
  readonly reports: number;
  readonly suppressed: boolean;
}

export function areaProgress(
  progress: Remote<ProgressGroup[]>,
  plan: ActionPlanView | null,
  locale: Locale,
): Part<readonly AreaProgress[]> {
  const titles = new Map(
    (plan?.areas ?? []).map((area) => [area.code, inLocale(area.shortTitle, locale)]),
  );
  return partOf(progress, (groups) =>
    groups.map((group) => ({
      code: group.key,
      title: titles.get(group.key) ?? '',
      score: group.score,
      reports: group.reports,
      suppressed: group.suppressed,
    })),
  );
}

// ---- Evaluators ----

export interface EvaluationItem {
  readonly id: string;
  readonly title: string;
  readonly final: boolean;
  readonly updatedAt: string;
}

export function evaluationItems(
  evaluations: Remote<EvaluationSummary[]>,
  locale: Locale,
): Part<readonly EvaluationItem[]> {
  return partOf(evaluations, (list) =>
    [...list]
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((evaluation) => ({
        id: evaluation.id,
        title: evaluation.title[locale] || evaluation.title.en || evaluation.title.ru,
        final: evaluation.status === 'final',
        updatedAt: evaluation.updatedAt,
      })),
  );
}

export interface ApprovedData {
  readonly cycleId: string;
  readonly cycleName: string;
  readonly open: boolean;
  readonly approved: number;
  readonly expected: number;
}

/** The latest cycle that has begun and how many of its reports are approved; null when none began. */
export function latestApprovedData(
  parts: { cycles: Remote<Cycle[]>; reviewList: Remote<{ cycleId: string; rows: ReviewRow[] }> },
  focus: Cycle | null,
  locale: Locale,
): Part<ApprovedData | null> {
  if (parts.cycles.status === 'failed') return FAILED;
  if (parts.cycles.status !== 'loaded') return LOADING;
  if (!focus) return ready(null);
  return partOf(parts.reviewList, ({ rows }) => ({
    cycleId: focus.id,
    cycleName: cycleName(focus, locale),
    open: focus.status === 'open',
    approved: rows.filter((row) => row.status === 'approved').length,
    expected: rows.length,
  }));
}

// ---- Admins ----

export interface PeopleSummary {
  /**
   * Invited people who have not set a password yet; null while the server does not say which
   * accounts are invitations (the account `status` of issue 14's people work).
   */
  readonly pending: readonly { id: string; name: string; email: string }[] | null;
  readonly active: number;
  readonly deactivated: number;
}

type AccountWithStatus = User & { status?: 'invited' | 'active' | 'deactivated' };

export function peopleSummary(people: Remote<User[]>): Part<PeopleSummary> {
  return partOf(people, (list: AccountWithStatus[]) => {
    const invited = (user: AccountWithStatus) => user.status === 'invited';
    const knowsInvitations = list.some((user) => user.status !== undefined);
    return {
      pending: knowsInvitations
        ? list.filter(invited).map((user) => ({ id: user.id, name: user.name, email: user.email }))
        : null,
      active: list.filter((user) => user.active && !invited(user)).length,
      deactivated: list.filter((user) => !user.active).length,
    };
  });
}
