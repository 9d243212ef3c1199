import { activeActions, completenessOf, EDITABLE_REPORT_STATUSES, type ReportEntry, type User } from '@ppm/shared';
import { LRUCache } from 'lru-cache';
import mongoose, { type Types } from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { loadCurrentPlan } from '../action-plan/plan-store.js';
import { CycleModel, type StoredCycle } from '../cycles/cycle.model.js';
import { findVisibleCycle } from '../cycles/cycle-store.js';
import { entriesInForce, startingEntries } from './carry-over.js';
import type { EntryChangeSummary } from './entry-changes.js';
import { ReportModel, type ReportRecord, type StoredReport } from './report.model.js';
import {
  assertMayEdit,
  assertMayRead,
  assertMayReadStatus,
  assertMaySeeWorkings,
  startsReportOnVisit,
} from './report-access.js';
import { dropContent, readContent, writeContent } from './report-content.js';
import { reportLocked, reportNotStarted } from './report-errors.js';
import { isEditable } from './report-view.js';
import { markCycleChanged } from './cycle-stamp.js';
import { encodeFacts } from './report-facts.js';
import { recordRevision } from './revisions.js';
import { recordEvent } from './timeline.js';
import { isDuplicateKey } from '../../platform/database/insert-once.js';

export interface LoadedReport {
  cycle: StoredCycle;
  report: ReportRecord;
}

/**
 * Which report is the state's in a cycle never changes once it exists (a unique index, reports
 * are not deleted), so its id is remembered: the header is then read by `_id` alone, which
 * FerretDB answers from its index instead of scanning every report (ADR 11).
 */
const reportIds = new LRUCache<string, Types.ObjectId>({ max: 5000 });

/** The header of a state's report in a cycle, without its answers. */
/** The facts (ADR 14) are for the figures: a third of a header's bytes that reads and saves never use. */
const WITHOUT_FACTS = { facts: 0 };

export async function findHeader(cycleId: Types.ObjectId | string, stateCode: string): Promise<StoredReport | null> {
  const key = `${String(cycleId)}:${stateCode}`;
  const knownId = reportIds.get(key);
  const known = knownId && (await ReportModel.findById(knownId, WITHOUT_FACTS).lean<StoredReport>());
  if (known) return known;
  const header = await ReportModel.findOne(
    { cycleId: new mongoose.Types.ObjectId(String(cycleId)), stateCode },
    WITHOUT_FACTS,
  ).lean<StoredReport>();
  if (header) reportIds.set(key, header._id);
  else reportIds.delete(key);
  return header;
}

/** The codes of the actions in force, worked out once per plan (the cached plan is one object). */
const actionCodesOfPlan = new WeakMap<object, string[]>();
function actionCodesInForce(plan: Parameters<typeof activeActions>[0]): string[] {
  let codes = actionCodesOfPlan.get(plan);
  if (!codes) {
    codes = activeActions(plan).map((action) => action.code);
    actionCodesOfPlan.set(plan, codes);
  }
  return codes;
}

/**
 * The report with its current answers. Until it is approved, a report follows the plan in force
 * (see `entriesInForce`), so actions the Secretariat adds during a cycle reach reports already
 * begun; an approved report is a record and stays as it was approved.
 */
export async function withEntries(header: StoredReport): Promise<ReportRecord> {
  if (header.status === 'approved') {
    return { ...header, entries: await readContent(header._id, header.contentVersion) };
  }
  const [stored, plan] = await Promise.all([readContent(header._id, header.contentVersion), loadCurrentPlan()]);
  return { ...header, entries: entriesInForce(stored, actionCodesInForce(plan)) };
}

/** The state's report in a cycle with its current answers. */
export async function findReport(cycleId: Types.ObjectId | string, stateCode: string): Promise<ReportRecord | null> {
  const header = await findHeader(cycleId, stateCode);
  return header ? withEntries(header) : null;
}

/**
 * The state's approved report of the latest earlier cycle (by the end of its period, then its
 * start): what a new report starts from and what "changes" compares with.
 */
export async function lastApprovedReport(
  stateCode: string,
  cycle: StoredCycle,
): Promise<{ cycle: StoredCycle; report: ReportRecord } | null> {
  const approved = await ReportModel.find({
    stateCode,
    status: 'approved',
    cycleId: mongoose.trusted({ $ne: cycle._id }),
  }).lean<StoredReport[]>();
  if (approved.length === 0) return null;
  const cycles = await CycleModel.find({
    _id: mongoose.trusted({ $in: approved.map((report) => report.cycleId) }),
  }).lean<StoredCycle[]>();
  const source = cycles
    .filter((candidate) => candidate.periodTo <= cycle.periodTo && candidate.periodFrom <= cycle.periodFrom)
    .sort((a, b) => b.periodTo.localeCompare(a.periodTo) || b.periodFrom.localeCompare(a.periodFrom))[0];
  const header = source && approved.find((report) => report.cycleId.equals(source._id));
  return source && header ? { cycle: source, report: await withEntries(header) } : null;
}

function fileIdsOf(entries: readonly ReportEntry[]): string[] {
  return entries.flatMap((entry) => entry.evidence.files.map((file) => file.id));
}

function filesSizeOf(entries: readonly ReportEntry[]): number {
  return entries.reduce((sum, entry) => sum + entry.evidence.files.reduce((bytes, file) => bytes + file.size, 0), 0);
}

/**
 * Creates the state's draft: one entry per action in force (plan order), carried over from the
 * last approved report. The answers are stored first under a fresh id; of two first visitors the
 * unique (cycle, state) index lets one header in, and the other's snapshot is dropped.
 */
export async function createReport(
  cycle: StoredCycle,
  stateCode: string,
  actor: User,
  now: Date,
): Promise<ReportRecord> {
  const plan = await loadCurrentPlan();
  const previous = await lastApprovedReport(stateCode, cycle);
  const entries = startingEntries(
    activeActions(plan).map((action) => action.code),
    previous?.report.entries ?? null,
    actor.locale,
  );
  const id = new mongoose.Types.ObjectId();
  await writeContent(id, 1, entries);
  let header: StoredReport;
  try {
    const created = await ReportModel.create({
      _id: id,
      cycleId: cycle._id,
      stateCode,
      status: 'draft',
      version: 1,
      contentVersion: 1,
      carriedFrom: previous?.cycle._id ?? null,
      filesTotalSize: filesSizeOf(entries),
      fileIds: fileIdsOf(entries),
      completeness: completenessOf(entries),
      facts: encodeFacts(entries),
      createdAt: now,
      updatedAt: now,
    });
    header = created.toObject<StoredReport>();
  } catch (error) {
    await dropContent(id, 1);
    if (!isDuplicateKey(error)) throw error;
    const existing = await findReport(cycle._id, stateCode);
    if (!existing) throw error;
    return existing;
  }
  await markCycleChanged(cycle._id);
  await recordRevision(id, 1, actor, 'created', [], now);
  await recordEvent({ reportId: id, type: 'created', at: now, by: actor, fromStatus: null, toStatus: 'draft' });
  return { ...header, entries };
}

export interface ContentChange {
  entries: ReportEntry[];
  changes: EntryChangeSummary[];
  kind: 'saved' | 'file_added' | 'file_removed';
  by: User;
  at: Date;
  /** More conditions on the header (e.g. room for a file's bytes). */
  filter?: Record<string, unknown>;
  /** Added to `filesTotalSize`. */
  filesSizeDelta?: number;
}

/**
 * Makes new answers the report's current ones, based on the version read: the snapshot is
 * stored as version n+1, then the header moves from n to n+1 if it is still at n and editable.
 * Null when something else changed the report first (the snapshot is then dropped).
 */
export async function commitContent(report: ReportRecord, change: ContentChange): Promise<ReportRecord | null> {
  const next = report.version + 1;
  if (!(await writeContent(report._id, next, change.entries))) return null;
  const updated = await ReportModel.findOneAndUpdate(
    { ...editableFilter(report), version: report.version, ...change.filter },
    {
      $set: {
        version: next,
        contentVersion: next,
        completeness: completenessOf(change.entries),
        facts: encodeFacts(change.entries),
        fileIds: fileIdsOf(change.entries),
        updatedAt: change.at,
      },
      ...(change.filesSizeDelta ? { $inc: { filesTotalSize: change.filesSizeDelta } } : {}),
    },
    { returnDocument: 'after' },
  ).lean<StoredReport>();
  if (!updated) {
    await dropContent(report._id, next);
    return null;
  }
  await markCycleChanged(report.cycleId);
  await recordRevision(report._id, next, change.by, change.kind, change.changes, change.at);
  return { ...updated, entries: change.entries };
}

/**
 * For reading: 403 for the wrong person, 404 without cycle or report. A state's own people get
 * their draft created on their first visit while the cycle is open and expects them.
 */
export async function reportForReading(
  user: User,
  cycleId: string,
  stateCode: string,
  now: Date,
): Promise<LoadedReport> {
  assertMayRead(user, stateCode);
  // Both by _id once the report's id is known; the header is used only if the cycle is visible.
  const [cycle, header] = await Promise.all([findVisibleCycle(user, cycleId), findHeader(cycleId, stateCode)]);
  if (header) {
    assertMayReadStatus(user, header.status);
    return { cycle, report: await withEntries(header) };
  }
  if (startsReportOnVisit(user) && cycle.status === 'open' && cycle.expectedStates.includes(stateCode)) {
    return { cycle, report: await createReport(cycle, stateCode, user, now) };
  }
  throw reportNotStarted(stateCode);
}

/** For changing: as reading, plus 409 `report_locked` when it cannot be changed now. */
export async function reportForEditing(
  user: User,
  cycleId: string,
  stateCode: string,
  now: Date,
): Promise<LoadedReport> {
  assertMayEdit(user, stateCode);
  const [cycle, header] = await Promise.all([findVisibleCycle(user, cycleId), findHeader(cycleId, stateCode)]);
  if (!header) {
    if (cycle.status !== 'open') throw reportLocked('not_started', cycle.status);
    if (!cycle.expectedStates.includes(stateCode)) {
      throw AppError.notFound(`${stateCode} is not expected to report in this cycle.`);
    }
    return { cycle, report: await createReport(cycle, stateCode, user, now) };
  }
  if (!isEditable(header, cycle)) throw reportLocked(header.status, cycle.status);
  return { cycle, report: await withEntries(header) };
}

/** For history, timeline, changes and comments: the state's people and the Secretariat; no creation. */
export async function reportForWorkings(
  user: User,
  cycleId: string,
  stateCode: string,
): Promise<{ cycle: StoredCycle; report: StoredReport }> {
  assertMaySeeWorkings(user, stateCode);
  const cycle = await findVisibleCycle(user, cycleId);
  const report = await findHeader(cycle._id, stateCode);
  if (!report) throw reportNotStarted(stateCode);
  return { cycle, report };
}

/** A filter matching the report only while it is still in an editable status. */
export function editableFilter(report: Pick<StoredReport, '_id'>): Record<string, unknown> {
  return { _id: report._id, status: mongoose.trusted({ $in: [...EDITABLE_REPORT_STATUSES] }) };
}
