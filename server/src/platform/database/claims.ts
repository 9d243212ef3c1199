import { insertOnce } from './insert-once.js';

/** What `claim` needs of a Mongoose model of claims. */
interface ClaimModel {
  create(doc: object): Promise<unknown>;
  findById(id: unknown, projection: object): { lean(): PromiseLike<unknown> };
  deleteOne(filter: object): PromiseLike<unknown>;
}

/** A claim older than this is no writer's work in progress (a write takes milliseconds). */
export const CLAIM_STALE_AFTER_MS = 60_000;

/**
 * Inserts `claim` (its unique `_id` names what the caller is about to make, ADR 12) and says
 * whether this caller got it. A claim left by a writer that stopped half-way would block every
 * later writer, so a claim older than `CLAIM_STALE_AFTER_MS` that `isOrphan` confirms nothing
 * uses (the header never moved to it) is removed and claimed again.
 */
export async function claim(
  model: ClaimModel,
  claimDoc: { _id: unknown; claimedAt: Date; [field: string]: unknown },
  isOrphan: () => Promise<boolean>,
): Promise<boolean> {
  if (await insertOnce(model, claimDoc)) return true;
  const staleBefore = new Date(claimDoc.claimedAt.getTime() - CLAIM_STALE_AFTER_MS);
  const existing = (await model.findById(claimDoc._id, { claimedAt: 1 }).lean()) as { claimedAt?: Date } | null;
  const stale = existing !== null && (existing.claimedAt === undefined || existing.claimedAt < staleBefore);
  if (!stale || !(await isOrphan())) return false;
  // Only the stale claim: another recoverer may have claimed again meanwhile.
  await model.deleteOne({ _id: claimDoc._id, claimedAt: existing.claimedAt ?? null });
  return insertOnce(model, claimDoc);
}
