import type { Connection } from 'mongoose';
import { RateLimiterMongo, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../platform/http/app-error.js';

/** Failures allowed per email and address before answers slow down, and before they stop. */
export const FREE_FAILURES = 3;
export const MAX_FAILURES = 10;
const WINDOW_SECONDS = 15 * 60;
/** Each failure past the free ones adds this much wait, up to 6 units. */
export const DELAY_UNIT_MS = 500;

/**
 * Slows down, then refuses (429), repeated failed sign-ins for one email from one address.
 * Counters live in the database, so several server processes share them.
 */
export class LoginThrottle {
  private readonly failures: RateLimiterMongo;

  constructor(
    connection: Connection,
    private readonly delayUnitMs = DELAY_UNIT_MS,
  ) {
    this.failures = new RateLimiterMongo({
      storeClient: connection,
      dbName: connection.name,
      tableName: 'login_failures',
      keyPrefix: 'login',
      points: MAX_FAILURES,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
      // Its TTL index is not supported by FerretDB; counters expire by their own timestamps.
      disableIndexesCreation: true,
    });
    void connection
      .asPromise()
      .then((connected) => connected.db?.collection('login_failures').createIndex({ key: 1 }, { unique: true }, {}))
      .catch(() => undefined);
  }

  private static key(email: string, ip: string): string {
    return `${email.toLowerCase()}|${ip}`;
  }

  /** Throws 429 with the seconds to wait when locked out; otherwise waits longer after each failure. */
  async beforeAttempt(email: string, ip: string): Promise<void> {
    const state = await this.failures.get(LoginThrottle.key(email, ip));
    if (!state) return;
    if (state.consumedPoints >= MAX_FAILURES) throw tooMany(state);
    const extra = state.consumedPoints - FREE_FAILURES;
    if (extra > 0) await new Promise((resolve) => setTimeout(resolve, this.delayUnitMs * Math.min(extra, 6)));
  }

  async failed(email: string, ip: string): Promise<void> {
    await this.failures.consume(LoginThrottle.key(email, ip)).catch((rejection: unknown) => {
      if (rejection instanceof RateLimiterRes) throw tooMany(rejection);
      throw rejection;
    });
  }

  async succeeded(email: string, ip: string): Promise<void> {
    await this.failures.delete(LoginThrottle.key(email, ip));
  }
}

function tooMany(state: RateLimiterRes): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  return new AppError(
    429,
    'too_many_attempts',
    `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    {
      retryAfterSeconds,
    },
  );
}
