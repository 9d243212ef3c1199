import type {
  CoverageResponse,
  CycleQuery,
  EntriesQuery,
  EntriesResponse,
  PeerLearningResponse,
  ProfileQuery,
  ProgressQuery,
  ProgressResponse,
  StateProfileResponse,
  SubmissionsResponse,
  TrendQuery,
  TrendResponse,
  User,
} from '@ppm/shared';
import {
  areaOfAction,
  coverageRows,
  evidenceCount,
  MIN_STATES_FOR_AGGREGATE,
  overallFigures,
  peerLearning,
  progressGroups,
  submissionSummary,
  suppressedGroup,
  supportNeeds,
  untouchedActions,
  type Basis,
  type GroupBy,
  type GroupFigures,
  type ProgressGroup,
  type ReportFacts,
} from '@ppm/shared/rules';
import { isStateRole } from '@ppm/shared';
import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { CycleModel, type StoredCycle } from '../cycles/index.js';
import { findVisibleCycle } from '../cycles/index.js';
import { processReports, type CycleReportsCache } from '../reports/index.js';
import { processAnswers } from './cycle-data.js';
import { entryItems } from './entry-items.js';
import { publicationOf, setPublication, type Publication } from './publication.js';
import { loadReferenceContext, type ReferenceContext } from './reference-context.js';
import type { ReportAnswersCache } from './report-answers-cache.js';
import { headersIn, reportFacts, type ReportFilters } from './report-selection.js';
import { assertMaySeeState, maySeeRowOf, viewerScope, type ViewerScope } from './viewer-scope.js';

export interface AnalyticsDeps {
  now?: () => Date;
  reports?: CycleReportsCache;
  answers?: ReportAnswersCache;
}

/** A cycle as one viewer may see its figures. */
interface CycleView {
  cycle: StoredCycle;
  scope: ViewerScope;
  published: boolean;
  context: ReferenceContext;
}

/**
 * The progress figures of the dashboard, exports and evaluations: every number comes from the
 * functions of `@ppm/shared/rules` over the cycle's report headers, and who sees what is decided
 * here, for every endpoint alike.
 */
export class AnalyticsService {
  readonly reports: CycleReportsCache;
  readonly answers: ReportAnswersCache;
  private readonly now: () => Date;

  constructor(deps: AnalyticsDeps = {}) {
    this.reports = deps.reports ?? processReports;
    this.answers = deps.answers ?? processAnswers;
    this.now = deps.now ?? (() => new Date());
  }

  async progress(user: User, query: ProgressQuery): Promise<ProgressResponse> {
    const view = await this.view(user, query.cycleId, query.basis);
    assertMaySeeState(view.scope, query.stateCode);
    const facts = reportFacts(await this.reports.headers(query.cycleId), query, view.context);
    return {
      cycleId: query.cycleId,
      basis: query.basis,
      by: query.by,
      ...this.grouped(view, facts, query.by, query),
      previousCycleId: await this.previousCycleId(user, view.cycle),
      restricted: view.scope.restricted,
      published: view.published,
    };
  }

  async trend(user: User, query: TrendQuery): Promise<TrendResponse> {
    const views = await Promise.all([...new Set(query.cycleId)].map((id) => this.view(user, id, query.basis)));
    views.sort((a, b) => comparePeriods(a.cycle, b.cycle));
    const cycles = await Promise.all(
      views.map(async (view) => {
        assertMaySeeState(view.scope, query.stateCode);
        const facts = reportFacts(await this.reports.headers(String(view.cycle._id)), query, view.context);
        return { cycleId: String(view.cycle._id), ...this.grouped(view, facts, query.by, query) };
      }),
    );
    return { basis: query.basis, by: query.by, cycles };
  }

  async submissions(user: User, query: CycleQuery): Promise<SubmissionsResponse> {
    const view = await this.view(user, query.cycleId, query.basis);
    assertMaySeeState(view.scope, query.stateCode);
    const expectedStates = view.cycle.expectedStates.filter(
      (code) =>
        (query.regionCode === undefined || view.context.regionOf(code) === query.regionCode) &&
        (query.stateCode === undefined || code === query.stateCode),
    );
    const headers = await this.reports.headers(query.cycleId);
    const summary = submissionSummary(
      { ...view.cycle, expectedStates },
      headers.map((header) => ({
        stateCode: header.stateCode,
        status: header.status,
        completenessPercent: header.completeness.percent,
        firstSubmittedAt: header.firstSubmittedAt,
        updatedAt: header.updatedAt,
      })),
      this.now(),
    );
    const states = summary.states.filter((row) => maySeeRowOf(view.scope, row.stateCode));
    return {
      cycleId: query.cycleId,
      ...summary,
      states,
      lateStates: states.filter((row) => row.late).map((row) => row.stateCode),
    };
  }

  async coverage(user: User, query: CycleQuery): Promise<CoverageResponse> {
    const view = await this.view(user, query.cycleId, query.basis);
    assertMaySeeState(view.scope, query.stateCode);
    const facts = reportFacts(await this.reports.headers(query.cycleId), query, view.context);
    const actionCodes = view.context.actionCodes.filter(
      (code) => query.areaCode === undefined || areaOfAction(code) === query.areaCode,
    );
    const aggregatesShown = !view.scope.restricted || facts.length >= MIN_STATES_FOR_AGGREGATE;
    const aggregated = aggregatesShown ? facts : [];
    return {
      cycleId: query.cycleId,
      basis: query.basis,
      actionCodes,
      rows: coverageRows(
        facts.filter((report) => maySeeRowOf(view.scope, report.stateCode)).sort(byState),
        actionCodes,
      ),
      untouched: aggregatesShown ? untouchedActions(facts, actionCodes) : [],
      participation: actionCodes.map((actionCode) => ({
        actionCode,
        states: aggregated.filter((report) =>
          report.entries.some((entry) => entry.actionCode === actionCode && entry.participation === 'participating'),
        ).length,
      })),
      supportNeeds: supportNeeds(aggregated, view.context.areaCodes),
      evidence: evidenceCount(aggregated),
    };
  }

  async entries(user: User, query: EntriesQuery): Promise<EntriesResponse> {
    const view = await this.view(user, query.cycleId, query.basis);
    assertMaySeeState(view.scope, query.stateCode);
    const filters: ReportFilters = {
      ...query,
      stateCode: view.scope.restricted ? (view.scope.ownState ?? '') : query.stateCode,
    };
    const headers = headersIn(await this.reports.headers(query.cycleId), filters, view.context);
    const items = await entryItems(headers, this.answers, view.context, query);
    const start = (query.page - 1) * query.pageSize;
    return {
      total: items.length,
      page: query.page,
      pageSize: query.pageSize,
      items: items.slice(start, start + query.pageSize),
    };
  }

  async profile(user: User, stateCode: string, query: ProfileQuery): Promise<StateProfileResponse> {
    if (isStateRole(user.role) && user.stateCode !== stateCode) {
      throw new AppError(403, 'forbidden', 'You can see the profile of your own state only.');
    }
    const ids = query.cycleId ?? (await this.cycleIdsVisibleTo(user));
    const views = await Promise.all(ids.map((id) => this.view(user, id, query.basis)));
    views.sort((a, b) => comparePeriods(a.cycle, b.cycle));
    const cycles = await Promise.all(
      views.map(async (view) => {
        const cycleId = String(view.cycle._id);
        const headers = await this.reports.headers(cycleId);
        const own = headers.find((header) => header.stateCode === stateCode) ?? null;
        const all = reportFacts(headers, { basis: query.basis }, view.context);
        const mine = all.filter((report) => report.stateCode === stateCode);
        const keys = { regionOf: view.context.regionOf, keys: view.context.areaCodes };
        return {
          cycleId,
          reportStatus: own?.status ?? null,
          byArea: mine.length > 0 ? progressGroups(mine, 'area', keys) : null,
          overall: mine.length > 0 ? overallFigures(mine) : null,
          allStatesByArea: this.shown(view.scope, progressGroups(all, 'area', keys), all),
        };
      }),
    );
    return { stateCode, basis: query.basis, cycles };
  }

  /** Suggested exchanges per action (the Secretariat's; it names states, so never for a state). */
  async peerLearning(user: User, query: CycleQuery): Promise<PeerLearningResponse> {
    const view = await this.view(user, query.cycleId, query.basis);
    const facts = reportFacts(await this.reports.headers(query.cycleId), query, view.context);
    const actionCodes = view.context.actionCodes.filter(
      (code) => query.areaCode === undefined || areaOfAction(code) === query.areaCode,
    );
    return { cycleId: query.cycleId, basis: query.basis, actions: peerLearning(facts, actionCodes) };
  }

  async publication(user: User, cycleId: string): Promise<Publication> {
    return publicationOf(await findVisibleCycle(user, cycleId));
  }

  async publish(user: User, cycleId: string, published: boolean): Promise<Publication> {
    return setPublication(user, await findVisibleCycle(user, cycleId), published, this.now());
  }

  /** The cycle (404 when the viewer may not see it), the viewer's scope and the reference data. */
  async view(user: User, cycleId: string, basis: Basis): Promise<CycleView> {
    const cycle = await findVisibleCycle(user, cycleId);
    const [publication, context] = await Promise.all([publicationOf(cycle), loadReferenceContext()]);
    return { cycle, scope: viewerScope(user, basis, publication.published), published: publication.published, context };
  }

  private grouped(
    view: CycleView,
    facts: ReportFacts[],
    by: GroupBy,
    filters: ReportFilters,
  ): { groups: ProgressGroup[]; overall: ProgressGroup } {
    const visible = by === 'state' ? facts.filter((report) => maySeeRowOf(view.scope, report.stateCode)) : facts;
    const groups = progressGroups(visible, by, {
      regionOf: view.context.regionOf,
      keys: groupKeys(view, by, filters),
    });
    return {
      groups: by === 'state' ? groups : this.shown(view.scope, groups, facts),
      overall: this.shown(view.scope, [overallFigures(facts)], facts)[0]!,
    };
  }

  /** Aggregates as the viewer may see them: a state sees those of fewer than three states withheld. */
  private shown(scope: ViewerScope, groups: GroupFigures[], facts: readonly ReportFacts[]): ProgressGroup[] {
    if (!scope.restricted || facts.every((report) => report.stateCode === scope.ownState)) return groups;
    return groups.map((group) => (group.reports < MIN_STATES_FOR_AGGREGATE ? suppressedGroup(group) : group));
  }

  private async previousCycleId(user: User, cycle: StoredCycle): Promise<string | null> {
    const earlier = (await this.cyclesVisibleTo(user))
      .filter((other) => !other._id.equals(cycle._id) && comparePeriods(other, cycle) < 0)
      .sort(comparePeriods);
    return earlier.length > 0 ? String(earlier[earlier.length - 1]!._id) : null;
  }

  private async cyclesVisibleTo(user: User): Promise<StoredCycle[]> {
    const cycles = await CycleModel.find({ status: mongoose.trusted({ $ne: 'planned' }) }).lean<StoredCycle[]>();
    return isStateRole(user.role)
      ? cycles.filter((cycle) => cycle.expectedStates.includes(user.stateCode ?? ''))
      : cycles;
  }

  private async cycleIdsVisibleTo(user: User): Promise<string[]> {
    return (await this.cyclesVisibleTo(user)).map((cycle) => String(cycle._id));
  }
}

/** The groups every answer lists, even when empty: the plan's areas and actions, the regions, the expected states. */
function groupKeys(view: CycleView, by: GroupBy, filters: ReportFilters): string[] {
  const { context, cycle, scope } = view;
  switch (by) {
    case 'area':
      return context.areaCodes.filter((code) => filters.areaCode === undefined || code === filters.areaCode);
    case 'action':
      return context.actionCodes.filter(
        (code) => filters.areaCode === undefined || areaOfAction(code) === filters.areaCode,
      );
    case 'region':
      return context.regionCodes.filter((code) => filters.regionCode === undefined || code === filters.regionCode);
    case 'state':
      return cycle.expectedStates.filter(
        (code) =>
          maySeeRowOf(scope, code) &&
          (filters.regionCode === undefined || context.regionOf(code) === filters.regionCode) &&
          (filters.stateCode === undefined || code === filters.stateCode),
      );
  }
}

function comparePeriods(a: StoredCycle, b: StoredCycle): number {
  return a.periodFrom.localeCompare(b.periodFrom) || a.periodTo.localeCompare(b.periodTo);
}

function byState(a: ReportFacts, b: ReportFacts): number {
  return a.stateCode.localeCompare(b.stateCode);
}
