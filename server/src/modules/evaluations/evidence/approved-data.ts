import type { LanguageText } from '@ppm/shared';
import type { ReportFacts } from '@ppm/shared/rules';
import mongoose from 'mongoose';
import { contentId, ReportContentModel, type StoredReportContent } from '../../reports/report-content.model.js';
import { ReportModel, type StoredReport } from '../../reports/report.model.js';

/** The texts of one entry, for quotations. */
export interface EntryTexts {
  stateCode: string;
  actionCode: string;
  reportVersion: number;
  narrative: LanguageText;
  obstacles: LanguageText;
}

export interface ApprovedCycleData {
  reports: ReportFacts[];
  texts: EntryTexts[];
}

/**
 * The approved reports of one cycle with their answers: headers by filter, answers by `_id`
 * (the only lookup FerretDB indexes).
 */
export async function loadApprovedCycle(cycleId: string): Promise<ApprovedCycleData> {
  const headers = await ReportModel.find(
    { cycleId: new mongoose.Types.ObjectId(cycleId), status: 'approved' },
    { stateCode: 1, status: 1, version: 1, contentVersion: 1 },
  ).lean<Pick<StoredReport, '_id' | 'stateCode' | 'status' | 'version' | 'contentVersion'>[]>();
  const ids = headers.map((header) => contentId(header._id, header.contentVersion));
  const contents = await ReportContentModel.find({ _id: mongoose.trusted({ $in: ids }) }).lean<StoredReportContent[]>();
  const byId = new Map(contents.map((content) => [content._id, content]));
  const reports: ReportFacts[] = [];
  const texts: EntryTexts[] = [];
  for (const header of headers.sort((a, b) => a.stateCode.localeCompare(b.stateCode))) {
    const entries = byId.get(contentId(header._id, header.contentVersion))?.entries ?? [];
    reports.push({
      stateCode: header.stateCode,
      status: header.status,
      version: header.version,
      entries: entries.map((entry) => ({
        actionCode: entry.actionCode,
        participation: entry.participation,
        status: entry.status,
        hasNarrative: entry.narrative.text.trim() !== '',
        supportCategories: [...entry.supportNeeded.categories],
        evidenceCount: entry.evidence.links.length + entry.evidence.files.length,
      })),
    });
    for (const entry of entries) {
      texts.push({
        stateCode: header.stateCode,
        actionCode: entry.actionCode,
        reportVersion: header.version,
        narrative: entry.narrative,
        obstacles: entry.obstacles,
      });
    }
  }
  return { reports, texts };
}
