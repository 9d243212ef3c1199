import {
  diffEntries,
  type EntryField,
  type RevisionComparison,
  type RevisionKind,
  type RevisionSummary,
  type User,
} from '@ppm/shared';
import type { Types } from 'mongoose';
import { AppError } from '../../platform/http/app-error.js';
import { actorOf, toActorView } from './actor.js';
import type { EntryChangeSummary } from './entry-changes.js';
import { readContents } from './report-content.js';
import { toEntryView } from './report-view.js';
import { RevisionModel, type StoredRevision } from './revision.model.js';

/** Logs who changed which fields of which entries; the answers themselves are that version's snapshot. */
export async function recordRevision(
  reportId: Types.ObjectId,
  version: number,
  by: Pick<User, 'id' | 'name' | 'role'>,
  kind: RevisionKind,
  changes: readonly EntryChangeSummary[],
  at: Date,
): Promise<void> {
  await RevisionModel.create({ reportId, version, at, by: actorOf(by), kind, changes: [...changes] });
}

function toSummary(revision: StoredRevision): RevisionSummary {
  return {
    version: revision.version,
    at: revision.at.toISOString(),
    by: toActorView(revision.by),
    kind: revision.kind,
    changes: revision.changes.map((change) => ({
      actionCode: change.actionCode,
      fields: change.fields as (EntryField | 'carriedOver')[],
    })),
  };
}

/** The report's revisions, newest first. */
export async function listRevisions(reportId: Types.ObjectId): Promise<RevisionSummary[]> {
  const revisions = await RevisionModel.find({ reportId }).sort({ version: -1 }).lean<StoredRevision[]>();
  return revisions.map(toSummary);
}

/** The entries that differ between two revisions, with both values; 404 for an unknown one. */
export async function compareRevisions(
  reportId: Types.ObjectId,
  from: number,
  to: number,
): Promise<RevisionComparison> {
  const [older, newer, contents] = await Promise.all([
    RevisionModel.findOne({ reportId, version: from }).lean<StoredRevision>(),
    RevisionModel.findOne({ reportId, version: to }).lean<StoredRevision>(),
    readContents(reportId, [from, to]),
  ]);
  const before = contents.get(from);
  const after = contents.get(to);
  if (!older || !newer || !before || !after) {
    const missing = [older && before ? null : from, newer && after ? null : to].filter((version) => version !== null);
    throw AppError.notFound(`There is no revision ${missing.join(' or ')} of this report.`);
  }
  return {
    from: toSummary(older),
    to: toSummary(newer),
    entries: diffEntries(before.map(toEntryView), after.map(toEntryView)),
  };
}
