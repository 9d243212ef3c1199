import mongoose from 'mongoose';
import { AuditEntry } from './audit-entry.model.js';

export interface AuditEntryView {
  id: string;
  at: string;
  actor: { id: string; email: string; name: string };
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

/** Where a page starts: strictly older than `at`, or as old but with a smaller id (ties in time). */
export interface AuditCursor {
  at: Date;
  id?: string;
}

interface StoredEntry {
  _id: mongoose.Types.ObjectId;
  at: Date;
  actor: { id: string; email: string; name: string };
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** The audit log, newest first, one page at a time. */
export async function listAuditEntries(query: {
  entity?: string | undefined;
  limit: number;
  before?: AuditCursor | undefined;
}): Promise<AuditPage> {
  const filter: Record<string, unknown> = {};
  if (query.entity !== undefined) filter['entity'] = query.entity;
  if (query.before) {
    const { at, id } = query.before;
    filter['$or'] = id
      ? [{ at: mongoose.trusted({ $lt: at }) }, { at, _id: mongoose.trusted({ $lt: new mongoose.Types.ObjectId(id) }) }]
      : [{ at: mongoose.trusted({ $lt: at }) }];
  }
  const found = await AuditEntry.find(filter)
    .sort({ at: -1, _id: -1 })
    .limit(query.limit + 1)
    .lean<StoredEntry[]>();
  const entries = found.slice(0, query.limit).map(toView);
  const last = found.length > query.limit ? entries.at(-1) : undefined;
  return { entries, nextBefore: last ? `${last.at}_${last.id}` : null };
}

function toView(entry: StoredEntry): AuditEntryView {
  return {
    id: String(entry._id),
    at: entry.at.toISOString(),
    actor: { id: entry.actor.id, email: entry.actor.email, name: entry.actor.name },
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}
