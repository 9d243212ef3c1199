import { randomUUID } from 'node:crypto';
import { isDuplicateKey } from '../../platform/database/insert-once.js';
import { REFERENCE_STAMP_ID, ReferenceStampModel } from './reference-stamp.model.js';

/**
 * Tells every server process that reference data changed; called right AFTER each write, so a
 * process that sees the new token and reloads reads the written data. A random token (not a
 * counter) cannot come back after the document was deleted, so no process mistakes an old copy
 * for a current one.
 */
export async function markReferenceChanged(): Promise<void> {
  const update = { $set: { token: randomUUID(), changedAt: new Date() } };
  try {
    await ReferenceStampModel.updateOne({ _id: REFERENCE_STAMP_ID }, update, { upsert: true });
  } catch (error) {
    // Two first upserts at once: one inserted, so the document is there to update now.
    if (!isDuplicateKey(error)) throw error;
    await ReferenceStampModel.updateOne({ _id: REFERENCE_STAMP_ID }, update);
  }
}

/**
 * The current token, read by `_id`. A database without one (older than the stamp, or just
 * emptied) gets one, so every process starts counting from the same token.
 */
export async function readReferenceStamp(): Promise<string> {
  const found = await ReferenceStampModel.findById(REFERENCE_STAMP_ID, { token: 1 }).lean<{ token: string }>();
  if (found) return found.token;
  await markReferenceChanged();
  const created = await ReferenceStampModel.findById(REFERENCE_STAMP_ID, { token: 1 }).lean<{ token: string }>();
  // Deleted again at once (only tests empty collections): a token nothing matches, so callers reload.
  return created?.token ?? randomUUID();
}
