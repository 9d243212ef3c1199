import type { User } from '@ppm/shared';
import { AuditEntry } from './audit-entry.model.js';

export interface AuditRecord {
  actor: Pick<User, 'id' | 'email' | 'name'>;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit entry; secrets (password hashes, tokens) must never be passed in. */
export async function recordAudit(record: AuditRecord): Promise<void> {
  await AuditEntry.create({
    actor: { id: record.actor.id, email: record.actor.email, name: record.actor.name },
    action: record.action,
    entity: record.entity,
    entityId: record.entityId,
    before: record.before ?? null,
    after: record.after ?? null,
  });
}
