import type { ReportEntry } from '@ppm/shared';
import { LRUCache } from 'lru-cache';
import type { Types } from 'mongoose';
import { claim } from '../../platform/database/claims.js';
import { deepFreeze } from '../reference/deep-freeze.js';
import { contentId, ReportContentModel, type StoredReportContent } from './report-content.model.js';
import { ReportModel } from './report.model.js';
import { toEntryView } from './report-view.js';

/**
 * Snapshots a header points to never change (ADR 8; only a claim no header ever reached can be
 * taken over, ADR 12), so they are kept by `_id`: a report read again, or read by the review list,
 * costs no database read. About 100 kB each at most: 300 of them bound this to ~30 MB.
 */
const currentSnapshots = new LRUCache<string, ReportEntry[]>({ max: 300 });

/**
 * The answers of a report at a version its header has reached (by `_id` alone). Frozen: they are
 * shared between requests.
 */
export async function readContent(reportId: Types.ObjectId, version: number): Promise<ReportEntry[]> {
  const id = contentId(reportId, version);
  const cached = currentSnapshots.get(id);
  if (cached) return cached;
  const content = await ReportContentModel.findById(id).lean<StoredReportContent>();
  if (!content) throw new Error(`The answers of report ${String(reportId)} at version ${version} are missing`);
  if (content.sameAs !== undefined) return readContent(reportId, content.sameAs);
  const entries = deepFreeze(content.entries);
  currentSnapshots.set(id, entries);
  return entries;
}

/** Snapshot ids that exist among the given versions (for a comparison that names unknown ones). */
export async function readContents(reportId: Types.ObjectId, versions: number[]): Promise<Map<number, ReportEntry[]>> {
  const found = await Promise.all(
    versions.map((version) => ReportContentModel.findById(contentId(reportId, version)).lean<StoredReportContent>()),
  );
  const known = found.filter((content) => content !== null);
  return new Map(
    await Promise.all(
      known.map(async (content) => {
        const entries = content.sameAs === undefined ? content.entries : await readContent(reportId, content.sameAs);
        return [content.version, entries] as const;
      }),
    ),
  );
}

/**
 * Stores the answers as version `version`, which claims it (ADR 12); false when that version is
 * already taken (another writer based on the same version was first).
 */
export async function writeContent(
  reportId: Types.ObjectId,
  version: number,
  entries: readonly ReportEntry[],
): Promise<boolean> {
  // Stored exactly in the API's shape (entry.schema.ts), so this is what reading it back gives.
  const stored = entries.map((entry) => ({ ...toEntryView(entry), reviewComment: null }));
  const claimed = await claimVersion(reportId, version, { entries: stored });
  // Read only once the header points to it; if it never does, `dropContent` forgets it.
  if (claimed) currentSnapshots.set(contentId(reportId, version), deepFreeze(stored));
  return claimed;
}

/**
 * Claims version `version` for a workflow move, which keeps the answers of `contentVersion`: the
 * claim names them instead of copying them (a submission wrote 100 kB for nothing), and the
 * header keeps pointing at `contentVersion`.
 */
export function claimUnchangedContent(
  reportId: Types.ObjectId,
  version: number,
  contentVersion: number,
): Promise<boolean> {
  return claimVersion(reportId, version, { sameAs: contentVersion });
}

function claimVersion(reportId: Types.ObjectId, version: number, content: object): Promise<boolean> {
  return claim(
    ReportContentModel,
    { _id: contentId(reportId, version), reportId, version, ...content, claimedAt: new Date() },
    // Left by a writer that stopped before moving the header to it: the header is still behind.
    async () => {
      const header = await ReportModel.findById(reportId, { version: 1 }).lean<{ version: number }>();
      return !header || header.version < version;
    },
  );
}

/** Removes a snapshot whose version never became current (its header write lost a race). */
export async function dropContent(reportId: Types.ObjectId, version: number): Promise<void> {
  currentSnapshots.delete(contentId(reportId, version));
  await ReportContentModel.deleteOne({ _id: contentId(reportId, version) });
}
