import mongoose from 'mongoose';
import type { Job } from '../../platform/jobs/hourly-jobs.js';
import { Credential } from './credential.model.js';

/** How long a credential is kept after it expired or was revoked (to look into a sign-in). */
export const ENDED_CREDENTIALS_KEPT_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Deletes sessions and tokens that ended more than `ENDED_CREDENTIALS_KEPT_DAYS` ago: they no
 * longer let anyone in, and every sign-in adds one. Returns how many were deleted.
 */
export async function pruneEndedCredentials(now: Date): Promise<number> {
  const endedBefore = new Date(now.getTime() - ENDED_CREDENTIALS_KEPT_DAYS * DAY_MS);
  const { deletedCount } = await Credential.deleteMany({
    $or: [{ expiresAt: mongoose.trusted({ $lt: endedBefore }) }, { revokedAt: mongoose.trusted({ $lt: endedBefore }) }],
  });
  return deletedCount;
}

/** The hourly job that prunes ended credentials. */
export function pruningCredentialsJob(): Job {
  return {
    done: 'Deleted credentials that ended more than 30 days ago',
    failed: 'Deleting ended credentials failed',
    run: pruneEndedCredentials,
  };
}
