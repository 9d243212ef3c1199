import type { Logger } from '../logger.js';

/** A piece of upkeep: does what is due at `now` and says how many things it handled. */
export interface Job {
  /** Logged with the count when it handled something, e.g. "Sent deadline reminders". */
  readonly done: string;
  /** Logged with the error when it failed. */
  readonly failed: string;
  run(now: Date): Promise<number>;
}

/**
 * Runs the jobs now and then every `intervalMs` (an hour) until stopped, one after the other so
 * they never compete for the database. A failure is logged and the job tries again next time.
 */
export function startHourlyJobs(jobs: readonly Job[], logger: Logger, intervalMs = 3_600_000): { stop(): void } {
  let running: Promise<void> | null = null;
  const runAll = async () => {
    for (const job of jobs) {
      try {
        const count = await job.run(new Date());
        if (count > 0) logger.info({ count }, job.done);
      } catch (error) {
        logger.error({ err: error }, job.failed);
      }
    }
  };
  const tick = () => {
    // A slow round (a busy database) is not overlapped by the next one.
    running ??= runAll().finally(() => (running = null));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
