import {
  completenessByArea,
  completenessOf,
  EDITABLE_REPORT_STATUSES,
  type ReportEntry,
  type ReportView,
} from '@ppm/shared';
import type { StoredCycle } from '../cycles/cycle.model.js';
import type { ReportRecord, StoredReport } from './report.model.js';

/**
 * The state's people (and the Secretariat) may change a report while it is a draft or returned,
 * and its cycle is open, or the Secretariat reopened this one report.
 */
export function isEditable(
  report: Pick<StoredReport, 'status' | 'reopened'>,
  cycle: Pick<StoredCycle, 'status'>,
): boolean {
  return EDITABLE_REPORT_STATUSES.includes(report.status) && (cycle.status === 'open' || report.reopened);
}

/** A copy with only the API's fields (stored subdocuments carry nothing else, but be sure). */
export function toEntryView(entry: ReportEntry): ReportEntry {
  return {
    actionCode: entry.actionCode,
    participation: entry.participation ?? null,
    status: entry.status ?? null,
    narrative: { text: entry.narrative.text, lang: entry.narrative.lang },
    obstacles: { text: entry.obstacles.text, lang: entry.obstacles.lang },
    supportNeeded: {
      categories: [...entry.supportNeeded.categories],
      text: { text: entry.supportNeeded.text.text, lang: entry.supportNeeded.text.lang },
    },
    evidence: {
      links: entry.evidence.links.map((link) => ({ title: link.title, url: link.url })),
      files: entry.evidence.files.map((file) => ({
        id: file.id,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
        uploadedAt: file.uploadedAt,
      })),
    },
    indicators: entry.indicators.map((indicator) => ({
      name: indicator.name,
      value: indicator.value,
      unit: indicator.unit,
      note: indicator.note,
    })),
    carriedOver: entry.carriedOver,
    reviewComment: entry.reviewComment ?? null,
  };
}

/** The report as the API shows it: answers with the Secretariat's remarks on each entry. */
export function toReportView(report: ReportRecord, cycle: Pick<StoredCycle, 'status'>): ReportView {
  const remarks = new Map(report.entryComments.map((remark) => [remark.actionCode, remark.comment]));
  const entries = report.entries.map((entry) => ({
    ...toEntryView(entry),
    reviewComment: remarks.get(entry.actionCode) ?? null,
  }));
  return {
    cycleId: String(report.cycleId),
    stateCode: report.stateCode,
    status: report.status,
    version: report.version,
    entries,
    updatedAt: report.updatedAt.toISOString(),
    submittedAt: report.submittedAt ? report.submittedAt.toISOString() : null,
    reviewComment: report.reviewComment,
    completeness: { overall: completenessOf(entries), byArea: completenessByArea(entries) },
    editable: isEditable(report, cycle),
    carriedFrom: report.carriedFrom ? { cycleId: String(report.carriedFrom) } : null,
  };
}
