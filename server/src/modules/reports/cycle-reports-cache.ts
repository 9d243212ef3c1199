import { readCycleHeaders, type CycleReportHeader } from './cycle-headers.js';
import { cycleStamp } from './cycle-stamp.js';

/** A safety net: even if a writer died between its write and the stamp, nothing stays stale longer. */
const MAX_AGE_MS = 60_000;

interface Cached {
  stamp: string;
  loadedAt: number;
  headers: CycleReportHeader[];
}

/**
 * Every report header of a cycle (with its facts) kept in memory and trusted while the cycle's
 * stamp, read by `_id`, is unchanged: one cheap read per request instead of a scan of every
 * header (ADR 13). Loads of the same cycle at the same stamp are shared.
 */
export class CycleReportsCache {
  private readonly cycles = new Map<string, Cached>();
  private readonly loading = new Map<string, Promise<Cached>>();

  constructor(private readonly now: () => number = Date.now) {}

  async headers(cycleId: string): Promise<CycleReportHeader[]> {
    const stamp = await cycleStamp(cycleId);
    const cached = this.cycles.get(cycleId);
    if (cached?.stamp === stamp && this.now() - cached.loadedAt < MAX_AGE_MS) return cached.headers;
    const key = `${cycleId}:${stamp}`;
    let load = this.loading.get(key);
    if (!load) {
      load = readCycleHeaders(cycleId)
        .then((headers) => {
          const loaded = { stamp, loadedAt: this.now(), headers };
          this.cycles.set(cycleId, loaded);
          return loaded;
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, load);
    }
    return (await load).headers;
  }
}

/** This process's copy, shared by the review list, the dashboard, exports and evaluations. */
export const processReports = new CycleReportsCache();
