import {
  changedFields,
  ENTRY_FIELDS,
  entryValues,
  type CycleChanges,
  type ReportEvent,
  type RevisionComparison,
  type RevisionSummary,
  type User,
} from '@ppm/shared';
import { CycleModel, type StoredCycle } from '../cycles/cycle.model.js';
import { findReport, lastApprovedReport, reportForWorkings, withEntries, type LoadedReport } from './report-store.js';
import { toEntryView } from './report-view.js';
import { compareRevisions, listRevisions } from './revisions.js';
import { listEvents } from './timeline.js';

/** How a report came about: its revisions, their comparison, its timeline, and what changed since last cycle. */
export const reportHistoryService = {
  async history(user: User, cycleId: string, stateCode: string): Promise<RevisionSummary[]> {
    const { report } = await reportForWorkings(user, cycleId, stateCode);
    return listRevisions(report._id);
  },

  async compare(user: User, cycleId: string, stateCode: string, from: number, to: number): Promise<RevisionComparison> {
    const { report } = await reportForWorkings(user, cycleId, stateCode);
    return compareRevisions(report._id, from, to);
  },

  async timeline(user: User, cycleId: string, stateCode: string): Promise<ReportEvent[]> {
    const { report } = await reportForWorkings(user, cycleId, stateCode);
    return listEvents(report._id);
  },

  /**
   * Per action, the previous cycle's answers against the current ones. The previous cycle is the
   * one this report was carried over from, else the state's last approved report before it.
   */
  async changes(user: User, cycleId: string, stateCode: string): Promise<CycleChanges> {
    const { cycle, report: header } = await reportForWorkings(user, cycleId, stateCode);
    const report = await withEntries(header);
    const previous = await previousReport(cycle, report.carriedFrom ? String(report.carriedFrom) : null, stateCode);
    const previousEntries = new Map(
      (previous?.report.entries ?? []).map((entry) => [entry.actionCode, toEntryView(entry)]),
    );
    return {
      previous: previous
        ? { cycleId: String(previous.cycle._id), name: { en: previous.cycle.name.en, ru: previous.cycle.name.ru } }
        : null,
      entries: report.entries.map((stored) => {
        const entry = toEntryView(stored);
        const old = previousEntries.get(entry.actionCode);
        return {
          actionCode: entry.actionCode,
          carriedOver: entry.carriedOver,
          changedFields: old ? changedFields(old, entry) : previous ? [...ENTRY_FIELDS] : [],
          previous: old ? entryValues(old) : null,
          current: entryValues(entry),
        };
      }),
    };
  },
};

async function previousReport(
  cycle: StoredCycle,
  carriedFrom: string | null,
  stateCode: string,
): Promise<LoadedReport | null> {
  if (carriedFrom) {
    const [sourceCycle, sourceReport] = await Promise.all([
      CycleModel.findById(carriedFrom).lean<StoredCycle>(),
      findReport(carriedFrom, stateCode),
    ]);
    if (sourceCycle && sourceReport) return { cycle: sourceCycle, report: sourceReport };
  }
  return lastApprovedReport(stateCode, cycle);
}
