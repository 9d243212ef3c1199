import type { ReportEntry } from '@ppm/shared';
import { LRUCache } from 'lru-cache';
import mongoose from 'mongoose';
import { readReportAnswers } from '../reports/index.js';

const MAX_BYTES = 64 * 1024 * 1024;

/** A snapshot's answers with the lower-cased text of each entry, made once for every search. */
export interface CachedAnswers {
  entries: ReportEntry[];
  searchText: string[];
}

/** Case- and "ё"-insensitive form of a text, for searching English and Russian alike. */
export function searchable(text: string): string {
  return text.toLocaleLowerCase('ru').replaceAll('ё', 'е');
}

function withSearchText(entries: ReportEntry[]): CachedAnswers {
  return {
    entries,
    searchText: entries.map((entry) =>
      searchable([entry.narrative.text, entry.obstacles.text, entry.supportNeeded.text.text].join('\n')),
    ),
  };
}

/**
 * A report's answers at one version never change (snapshots are immutable), so they can be kept
 * in memory without any check; the least recently used go when the cache passes 64 MB.
 */
export class ReportAnswersCache {
  private readonly cache = new LRUCache<string, CachedAnswers>({
    maxSize: MAX_BYTES,
    // Texts twice (as written and lower-cased), two bytes a character, plus the structure.
    sizeCalculation: (answers) => answers.searchText.reduce((bytes, text) => bytes + 4 * text.length + 600, 400),
    fetchMethod: async (key) => {
      const [reportId, version] = key.split(':');
      return withSearchText(await readReportAnswers(new mongoose.Types.ObjectId(reportId), Number(version)));
    },
  });

  async answers(reportId: string, version: number): Promise<CachedAnswers> {
    const answers = await this.cache.fetch(`${reportId}:${version}`);
    if (!answers) throw new Error(`The answers of report ${reportId} at version ${version} are missing`);
    return answers;
  }
}
