import type { ReportEntry } from '@ppm/shared';
import { LRUCache } from 'lru-cache';
import mongoose from 'mongoose';
import { readReportAnswers } from '../reports/index.js';

const MAX_BYTES = 64 * 1024 * 1024;

function approximateBytes(entries: readonly ReportEntry[]): number {
  let characters = 200;
  for (const entry of entries) {
    characters +=
      300 + entry.narrative.text.length + entry.obstacles.text.length + entry.supportNeeded.text.text.length;
  }
  return characters * 2;
}

/**
 * A report's answers at one version never change (snapshots are immutable), so they can be kept
 * in memory without any check; the least recently used go when the cache passes 64 MB.
 */
export class ReportAnswersCache {
  private readonly cache = new LRUCache<string, ReportEntry[]>({
    maxSize: MAX_BYTES,
    sizeCalculation: approximateBytes,
    fetchMethod: (key) => {
      const [reportId, version] = key.split(':');
      return readReportAnswers(new mongoose.Types.ObjectId(reportId), Number(version));
    },
  });

  async answers(reportId: string, version: number): Promise<ReportEntry[]> {
    const entries = await this.cache.fetch(`${reportId}:${version}`);
    if (!entries) throw new Error(`The answers of report ${reportId} at version ${version} are missing`);
    return entries;
  }
}
