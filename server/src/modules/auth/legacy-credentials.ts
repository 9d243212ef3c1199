import type { Logger } from '../../platform/logger.js';
import { Credential } from './credential.model.js';
import { isDuplicateKey } from '../../platform/database/insert-once.js';

/** The index of the old layout, where the hash was a field beside an ObjectId `_id`. */
const LEGACY_INDEX = 'secretHash_1';
/** "ns not found" and "index not found": nothing to drop. */
const NOTHING_TO_DROP = new Set([26, 27]);

interface LegacyCredential {
  _id: unknown;
  secretHash: string;
  expiresAt: Date;
  revokedAt: Date | null;
  [field: string]: unknown;
}

/**
 * Moves credentials stored before they were keyed by the hash of their secret
 * (docs/adr/0010-credentials-keyed-by-hash.md) to the new layout, so that long-lived personal
 * tokens and open sessions keep working; revoked and expired ones are dropped. Run at start-up,
 * before the server listens. Idempotent and safe when two processes run it at once: the copy
 * keyed by the hash is inserted before the old one is deleted, and a copy that exists already
 * is left as it is. Returns the number of credentials moved.
 */
export async function rekeyLegacyCredentials(logger: Logger, now = new Date()): Promise<number> {
  const collection = Credential.collection;
  // First, or the old unique index would see every new-layout credential as the same missing hash.
  await collection.dropIndex(LEGACY_INDEX).catch((error: unknown) => {
    if (!NOTHING_TO_DROP.has((error as { code?: unknown }).code as number)) throw error;
  });
  const legacy = await collection.find<LegacyCredential>({ secretHash: { $exists: true } }).toArray();
  const live = legacy.filter((credential) => !credential.revokedAt && credential.expiresAt > now);
  for (const { _id, secretHash, ...fields } of live) {
    await collection.insertOne({ ...fields, _id: secretHash as never }).catch((error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
    });
  }
  for (const { _id } of legacy) await collection.deleteOne({ _id: _id as never });
  if (legacy.length > 0) {
    logger.info(
      { moved: live.length, dropped: legacy.length - live.length },
      'Credentials re-keyed by the hash of their secret',
    );
  }
  return live.length;
}
