import type { Completeness, ReportEntry, ReportStatus } from '@ppm/shared';
import type { EntryFacts } from '@ppm/shared/rules';
import mongoose, { type Types } from 'mongoose';
import { readContent } from './report-content.js';
import { decodeFacts, factsOf } from './report-facts.js';
import { ReportModel } from './report.model.js';

/** A report header as the figures read it: small, with its answers' facts decoded. */
export interface CycleReportHeader {
  id: string;
  stateCode: string;
  status: ReportStatus;
  version: number;
  contentVersion: number;
  completeness: Completeness;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  updatedAt: string;
  facts: EntryFacts[];
}

interface HeaderRow {
  _id: Types.ObjectId;
  stateCode: string;
  status: ReportStatus;
  version: number;
  contentVersion: number;
  completeness: Completeness;
  facts?: string | null;
  firstSubmittedAt: Date | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  updatedAt: Date;
}

const PROJECTION = {
  stateCode: 1,
  status: 1,
  version: 1,
  contentVersion: 1,
  completeness: 1,
  facts: 1,
  firstSubmittedAt: 1,
  submittedAt: 1,
  approvedAt: 1,
  updatedAt: 1,
};

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/**
 * Every report header of a cycle, in one query. Headers written before facts were kept get them
 * from their snapshot (one `_id` read each).
 */
export async function readCycleHeaders(cycleId: Types.ObjectId | string): Promise<CycleReportHeader[]> {
  const rows = await ReportModel.find({ cycleId: new mongoose.Types.ObjectId(String(cycleId)) }, PROJECTION).lean<
    HeaderRow[]
  >();
  return Promise.all(
    rows.map(async (row) => ({
      id: String(row._id),
      stateCode: row.stateCode,
      status: row.status,
      version: row.version,
      contentVersion: row.contentVersion,
      completeness: row.completeness,
      firstSubmittedAt: iso(row.firstSubmittedAt),
      submittedAt: iso(row.submittedAt),
      approvedAt: iso(row.approvedAt),
      updatedAt: row.updatedAt.toISOString(),
      facts: row.facts
        ? decodeFacts(row.facts)
        : (await readContent(row._id, row.contentVersion)).map((entry: ReportEntry) => factsOf(entry)),
    })),
  );
}
