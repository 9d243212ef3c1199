import {
  activeActions,
  completenessOf,
  isStateRole,
  type ReportView,
  type ReviewRow,
  type SaveReportInput,
  type User,
} from '@ppm/shared';
import mongoose from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { loadCurrentPlan } from '../action-plan/plan-store.js';
import { findVisibleCycle } from '../cycles/cycle-store.js';
import { regionsOf } from '../cycles/state-lookup.js';
import { applyEntryChanges } from './entry-changes.js';
import { entriesInForce } from './carry-over.js';
import type { CycleReportHeader } from './cycle-headers.js';
import { processReports } from './cycle-reports-cache.js';
import { readContent } from './report-content.js';
import { reportLocked, staleReport } from './report-errors.js';
import { commitContent, findReport, reportForEditing, reportForReading } from './report-store.js';
import { isEditable, toReportView } from './report-view.js';
import { reviewRow, type ReportSummary } from './review-list.js';

export interface ReportsServiceDeps {
  now?: () => Date;
}

/** Reading and writing a state's report, and the Secretariat's review list of a cycle. */
export class ReportsService {
  constructor(private readonly deps: ReportsServiceDeps = {}) {}

  async get(user: User, cycleId: string, stateCode: string): Promise<ReportView> {
    const { cycle, report } = await reportForReading(user, cycleId, stateCode, this.now());
    return toReportView(report, cycle);
  }

  /**
   * Saves changes to some entries, based on the version the writer loaded: 409 `stale_version`
   * (with the current report) when someone saved in between; the database keeps the first save.
   */
  async save(user: User, cycleId: string, stateCode: string, input: SaveReportInput): Promise<ReportView> {
    const now = this.now();
    const { cycle, report } = await reportForEditing(user, cycleId, stateCode, now);
    const applied = applyEntryChanges(report.entries, input.entries);
    if (input.version !== report.version) throw staleReport(toReportView(report, cycle));
    if (applied.changes.length === 0) return toReportView(report, cycle);
    const saved = await commitContent(report, {
      entries: applied.entries,
      changes: applied.changes,
      kind: 'saved',
      by: user,
      at: now,
    });
    if (saved) return toReportView(saved, cycle);
    const current = await findReport(cycle._id, stateCode);
    if (!current) throw AppError.notFound('The report no longer exists.');
    if (!isEditable(current, cycle)) throw reportLocked(current.status, cycle.status);
    throw staleReport(toReportView(current, cycle));
  }

  /**
   * Every expected state's row for the Secretariat and evaluators, by state code; a state's own
   * people get only their state's row.
   */
  async reviewList(user: User, cycleId: string): Promise<ReviewRow[]> {
    if (user.role === 'admin') throw new AppError(403, 'forbidden', 'Your role does not give access to reports.');
    const cycle = await findVisibleCycle(user, cycleId);
    const stateCodes = (
      isStateRole(user.role) ? cycle.expectedStates.filter((code) => code === user.stateCode) : cycle.expectedStates
    )
      .slice()
      .sort();
    // The cycle's headers as the figures keep them (one `_id` read of the cycle's stamp), not a
    // query on `cycleId`, which FerretDB answers by reading every report of the database.
    const [headers, regions, plan] = await Promise.all([
      processReports.headers(String(cycle._id)),
      regionsOf(stateCodes),
      loadCurrentPlan(),
    ]);
    const listed = new Set(stateCodes);
    const actionCodes = activeActions(plan).map((action) => action.code);
    const reports = await Promise.all(
      headers
        .filter((header) => listed.has(header.stateCode))
        .map((header) => withCurrentCompleteness(header, actionCodes)),
    );
    const byState = new Map(reports.map((report) => [report.stateCode, report]));
    const totalActions = actionCodes.length;
    const now = this.now();
    return stateCodes.map((code) =>
      reviewRow(cycle, code, regions.get(code) ?? '', byState.get(code), totalActions, now),
    );
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}

/**
 * A report that still follows the plan (not approved) but was last saved under another number of
 * actions has its completeness counted again over the actions in force (see `entriesInForce`).
 */
async function withCurrentCompleteness(
  report: CycleReportHeader,
  actionCodes: readonly string[],
): Promise<ReportSummary> {
  if (report.status === 'approved' || report.completeness.total === actionCodes.length) return report;
  const id = new mongoose.Types.ObjectId(report.id);
  const entries = entriesInForce(await readContent(id, report.contentVersion), actionCodes);
  return { ...report, completeness: completenessOf(entries) };
}
