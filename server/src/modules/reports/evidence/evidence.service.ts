import {
  MAX_REPORT_FILES_BYTES,
  type EvidenceContentType,
  type EvidenceFile,
  type ReportEntry,
  type ReportView,
  type User,
} from '@ppm/shared';
import type { Readable } from 'node:stream';
import mongoose from 'mongoose';
import { AppError } from '../../../platform/http/app-error.js';
import type { StoredCycle } from '../../cycles/cycle.model.js';
import { ReportModel, type ReportRecord } from '../report.model.js';
import { reportLocked, staleReport } from '../report-errors.js';
import { commitContent, findReport, reportForEditing, reportForReading } from '../report-store.js';
import { isEditable, toReportView } from '../report-view.js';
import { checkFileContent } from './file-checks.js';
import { deleteFile, fileExists, openFile, storeFile } from './evidence-storage.js';

export interface EvidenceUpload {
  contentType: EvidenceContentType;
  fileName: string;
  data: Buffer;
}

const MEGABYTE = 1024 * 1024;
/**
 * Tries of a file change when other changes to the report come in between. Adding or removing a
 * file never conflicts with another change (it is applied again on the report as it now is), so
 * parallel uploads to one report are serialised here, each winner freeing the next: enough tries
 * for a dozen files dropped at once.
 */
const ATTEMPTS = 12;
/** A loser waits a random while before trying again, so parallel losers do not collide again. */
const JITTER_MS = 25;

function pauseBeforeTry(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * JITTER_MS * Math.min(attempt, 4)));
}

function reportFilesTooLarge(used: number): AppError {
  return new AppError(
    413,
    'report_files_too_large',
    `The files of one report may take at most ${MAX_REPORT_FILES_BYTES / MEGABYTE} MB; ${Math.round(used / MEGABYTE)} MB are used.`,
    { usedBytes: used, limitBytes: MAX_REPORT_FILES_BYTES },
  );
}

function entryIndex(report: ReportRecord, actionCode: string): number {
  const index = report.entries.findIndex((entry) => entry.actionCode === actionCode);
  if (index < 0) throw AppError.notFound(`This report has no entry for action ${actionCode}.`);
  return index;
}

function findFile(report: ReportRecord, index: number, fileId: string): EvidenceFile {
  const file = report.entries[index]!.evidence.files.find((candidate) => candidate.id === fileId);
  if (!file) throw AppError.notFound('There is no such file in this entry.');
  return file;
}

/** The entries with one entry's files replaced; touching the files also confirms the entry. */
function withFiles(entries: readonly ReportEntry[], index: number, files: EvidenceFile[]): ReportEntry[] {
  return entries.map((entry, position) =>
    position === index ? { ...entry, evidence: { ...entry.evidence, files }, carriedOver: false } : entry,
  );
}

function fieldsTouched(entry: ReportEntry): ('files' | 'carriedOver')[] {
  return entry.carriedOver ? ['files', 'carriedOver'] : ['files'];
}

/**
 * Evidence files in GridFS, referenced from report entries. Adding and removing a file is a new
 * version of the answers (a revision). A file carried over is shared with the earlier report;
 * its bytes are removed only when no report's current answers refer to it any more.
 */
export class EvidenceService {
  constructor(private readonly deps: { now?: () => Date } = {}) {}

  async upload(user: User, cycleId: string, stateCode: string, actionCode: string, upload: EvidenceUpload) {
    const now = this.now();
    const loaded = await reportForEditing(user, cycleId, stateCode, now);
    const cycle = loaded.cycle;
    let report = loaded.report;
    const index = entryIndex(report, actionCode);
    checkFileContent(upload.contentType, upload.data);
    const size = upload.data.length;
    if (report.filesTotalSize + size > MAX_REPORT_FILES_BYTES) throw reportFilesTooLarge(report.filesTotalSize);

    const id = await storeFile(upload.data, {
      fileName: upload.fileName,
      contentType: upload.contentType,
      metadata: { cycleId, stateCode, actionCode, uploadedBy: user.id },
    });
    const file: EvidenceFile = {
      id,
      fileName: upload.fileName,
      contentType: upload.contentType,
      size,
      uploadedAt: now.toISOString(),
    };
    for (let attempt = 1; ; attempt += 1) {
      const entry = report.entries[index]!;
      const saved = await commitContent(report, {
        entries: withFiles(report.entries, index, [...entry.evidence.files, file]),
        changes: [{ actionCode, fields: fieldsTouched(entry) }],
        kind: 'file_added',
        by: user,
        at: now,
        filter: { filesTotalSize: mongoose.trusted({ $lte: MAX_REPORT_FILES_BYTES - size }) },
        filesSizeDelta: size,
      });
      if (saved) return { file, report: toReportView(saved, cycle) };
      try {
        report = await this.reloadForRetry(cycle, stateCode, attempt);
        if (report.filesTotalSize + size > MAX_REPORT_FILES_BYTES) throw reportFilesTooLarge(report.filesTotalSize);
      } catch (error) {
        await deleteFile(id);
        throw error;
      }
    }
  }

  /** The file's description and bytes, for whoever may read the report (evaluators: approved only). */
  async download(
    user: User,
    cycleId: string,
    stateCode: string,
    actionCode: string,
    fileId: string,
  ): Promise<{ file: EvidenceFile; content: Readable }> {
    const { report } = await reportForReading(user, cycleId, stateCode, this.now());
    const file = findFile(report, entryIndex(report, actionCode), fileId);
    if (!(await fileExists(fileId))) throw AppError.notFound('The content of this file is missing.');
    return { file, content: openFile(fileId) };
  }

  async remove(
    user: User,
    cycleId: string,
    stateCode: string,
    actionCode: string,
    fileId: string,
  ): Promise<ReportView> {
    const now = this.now();
    const loaded = await reportForEditing(user, cycleId, stateCode, now);
    const cycle = loaded.cycle;
    let report = loaded.report;
    for (let attempt = 1; ; attempt += 1) {
      const index = entryIndex(report, actionCode);
      const file = findFile(report, index, fileId);
      const entry = report.entries[index]!;
      const saved = await commitContent(report, {
        entries: withFiles(
          report.entries,
          index,
          entry.evidence.files.filter((candidate) => candidate.id !== fileId),
        ),
        changes: [{ actionCode, fields: fieldsTouched(entry) }],
        kind: 'file_removed',
        by: user,
        at: now,
        filesSizeDelta: -file.size,
      });
      if (saved) {
        if (!(await ReportModel.exists({ fileIds: fileId }))) await deleteFile(fileId);
        return toReportView(saved, cycle);
      }
      report = await this.reloadForRetry(cycle, stateCode, attempt);
    }
  }

  /** After a lost race: 409 when locked now or after the last try, else the report as it now is. */
  private async reloadForRetry(cycle: StoredCycle, stateCode: string, attempt: number): Promise<ReportRecord> {
    await pauseBeforeTry(attempt);
    const current = await findReport(cycle._id, stateCode);
    if (!current) throw AppError.notFound('The report no longer exists.');
    if (!isEditable(current, cycle)) throw reportLocked(current.status, cycle.status);
    if (attempt >= ATTEMPTS) throw staleReport(toReportView(current, cycle));
    return current;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
