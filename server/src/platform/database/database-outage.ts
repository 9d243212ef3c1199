import mongoose, { type Connection } from 'mongoose';
import type { Logger } from '../logger.js';

const { mongo } = mongoose;
/** MongoDB's code for an operation stopped by its maxTimeMS. */
const MAX_TIME_EXPIRED = 50;

/**
 * Whether `error` means the database did not answer (unreachable, frozen, too slow) rather than
 * that the request or the code was wrong: those become 503 `database_unavailable`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (
    error instanceof mongo.MongoNetworkError ||
    error instanceof mongo.MongoServerSelectionError ||
    error instanceof mongo.MongoOperationTimeoutError ||
    error instanceof mongo.MongoNotConnectedError ||
    error instanceof mongo.MongoTopologyClosedError ||
    error instanceof mongo.MongoServerClosedError
  ) {
    return true;
  }
  // Not exported by the driver, or raised by Mongoose itself.
  if (['MongoPoolClearedError', 'MongooseServerSelectionError', 'MongoWaitQueueTimeoutError'].includes(error.name)) {
    return true;
  }
  if (error instanceof mongoose.Error && error.message.includes('buffering timed out')) return true;
  return (error as { code?: unknown }).code === MAX_TIME_EXPIRED;
}

/**
 * Keeps track of one outage of the database at a time, so the log says once when it began and
 * once when it ended (not once per failed request), and answers quickly whether it is reachable.
 */
export class DatabaseOutage {
  private since: number | null = null;
  private probing: Promise<boolean> | null = null;
  private watching: NodeJS.Timeout | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
    private readonly probeIntervalMs = 1000,
  ) {}

  get active(): boolean {
    return this.since !== null;
  }

  /** A request found the database unavailable: the first one of an outage logs it and starts watching for the end. */
  noticed(error?: unknown): void {
    if (this.since !== null) return;
    this.since = Date.now();
    this.logger.error(
      { err: error, event: 'database_unavailable' },
      'The database is not answering: requests get 503 until it is back',
    );
    this.watch();
  }

  /** Whether the database answers a ping within `timeoutMs`; concurrent callers share one ping. */
  reachable(timeoutMs = 2000): Promise<boolean> {
    this.probing ??= ping(this.connection, timeoutMs).finally(() => (this.probing = null));
    return this.probing;
  }

  private watch(): void {
    const check = async () => {
      if (await this.reachable()) {
        const downForMs = Date.now() - (this.since ?? Date.now());
        this.since = null;
        this.watching = null;
        this.logger.info(
          { event: 'database_available', downForMs },
          `The database answers again after ${Math.round(downForMs / 1000)} s`,
        );
        return;
      }
      this.watching = setTimeout(() => void check(), this.probeIntervalMs);
      this.watching.unref();
    };
    this.watching = setTimeout(() => void check(), this.probeIntervalMs);
    this.watching.unref();
  }

  /** Stops watching (server shutdown, tests). */
  stop(): void {
    if (this.watching) clearTimeout(this.watching);
    this.watching = null;
  }
}

async function ping(connection: Connection, timeoutMs: number): Promise<boolean> {
  const db = connection.db;
  if (!db) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = db
    .admin()
    .ping({ maxTimeMS: timeoutMs })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([answered, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
