import { createHash } from 'node:crypto';
import mongoose from 'mongoose';
import { insertOnce } from '../../platform/database/insert-once.js';
import type { Job } from '../../platform/jobs/hourly-jobs.js';
import { AppError } from '../../platform/http/app-error.js';
import { LoginAttemptModel } from './login-attempt.model.js';

/** Failures allowed per email and address before answers slow down, and before they stop. */
export const FREE_FAILURES = 3;
export const MAX_FAILURES = 10;
const WINDOW_MS = 15 * 60_000;
/** Each failure past the free ones adds this much wait, up to 6 units. */
export const DELAY_UNIT_MS = 500;

/** One reserved sign-in attempt: its slot, and how many attempts it makes in the window. */
export interface LoginAttempt {
  key: string;
  window: number;
  slot: number;
  position: number;
}

const slotId = (key: string, window: number, slot: number) => `${key}:${window}:${slot}`;
const slotIds = (key: string, window: number, from = 1, to = MAX_FAILURES) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => slotId(key, window, from + index));

/**
 * Slows down, then refuses (429), repeated sign-ins for one email from one address. Each attempt
 * takes one of MAX_FAILURES slots *before* its password is checked, by a unique insert, so a burst
 * of parallel guesses never checks more than the allowance (ADR 12; FerretDB loses concurrent
 * `$inc`s, so a counter would not do). Slots live in the database, shared by server processes,
 * in 15-minute windows; the previous window's recent slots still count, so the limit slides.
 */
export class LoginThrottle {
  constructor(private readonly delayUnitMs = DELAY_UNIT_MS) {}

  /** The counter's key: a hash, so strangers' emails and addresses are not stored in clear. */
  private static key(email: string, ip: string): string {
    return createHash('sha256').update(`${email.toLowerCase()}|${ip}`).digest('hex').slice(0, 32);
  }

  /** Throws 429 with the seconds to wait when the allowance is used; otherwise waits longer after each failure. */
  async reserve(email: string, ip: string, now = new Date()): Promise<LoginAttempt> {
    const key = LoginThrottle.key(email, ip);
    const window = Math.floor(now.getTime() / WINDOW_MS);
    const since = now.getTime() - WINDOW_MS;
    const previous = await LoginAttemptModel.find({ _id: { $in: slotIds(key, window - 1) } }, { at: 1 }).lean();
    const recent = previous.map((slot) => slot.at.getTime()).filter((at) => at > since);
    for (let slot = 1; slot <= MAX_FAILURES - recent.length; slot += 1) {
      if (await insertOnce(LoginAttemptModel, { _id: slotId(key, window, slot), at: now })) {
        const position = recent.length + slot;
        const extra = position - 1 - FREE_FAILURES;
        if (extra > 0) await new Promise((resolve) => setTimeout(resolve, this.delayUnitMs * Math.min(extra, 6)));
        return { key, window, slot, position };
      }
    }
    const taken = await LoginAttemptModel.find({ _id: { $in: slotIds(key, window) } }, { at: 1 }).lean();
    const oldest = Math.min(...recent, ...taken.map((slot) => slot.at.getTime()));
    throw tooMany(Number.isFinite(oldest) ? oldest + WINDOW_MS - now.getTime() : WINDOW_MS);
  }

  /**
   * The password was right: the attempt's slot is given back, and the earlier failures are
   * forgotten unless later attempts took slots after it (they are still being checked and must
   * keep counting, or a burst with one right password could outrun the allowance).
   */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    const { key, window, slot } = attempt;
    const later = await LoginAttemptModel.countDocuments({ _id: { $in: slotIds(key, window, slot + 1) } });
    const forget = later === 0 ? [...slotIds(key, window - 1), ...slotIds(key, window)] : [slotId(key, window, slot)];
    await LoginAttemptModel.deleteMany({ _id: { $in: forget } });
  }
}

/** Deletes attempts older than two windows: they no longer count. Returns how many. */
export async function pruneOldLoginAttempts(now: Date): Promise<number> {
  const { deletedCount } = await LoginAttemptModel.deleteMany({
    at: mongoose.trusted({ $lt: new Date(now.getTime() - 2 * WINDOW_MS) }),
  });
  return deletedCount;
}

export function pruningLoginAttemptsJob(): Job {
  return {
    done: 'Deleted sign-in attempts that no longer count',
    failed: 'Deleting old sign-in attempts failed',
    run: pruneOldLoginAttempts,
  };
}

function tooMany(waitMs: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError(
    429,
    'too_many_attempts',
    `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    { retryAfterSeconds },
  );
}
