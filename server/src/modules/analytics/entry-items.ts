import type { EntriesQuery, EntryItem, ReportEntry } from '@ppm/shared';
import { areaOfAction, compareCodes } from '@ppm/shared/rules';
import type { CycleReportHeader } from '../reports/index.js';
import type { ReferenceContext } from './reference-context.js';
import { searchable, type ReportAnswersCache } from './report-answers-cache.js';

function matches(
  entry: ReportEntry,
  searchText: string,
  query: Pick<EntriesQuery, 'actionCode' | 'areaCode' | 'status'>,
  needle: string,
) {
  if (query.actionCode !== undefined && entry.actionCode !== query.actionCode) return false;
  if (query.areaCode !== undefined && areaOfAction(entry.actionCode) !== query.areaCode) return false;
  if (query.status === 'not_participating' && entry.participation !== 'not_participating') return false;
  if (query.status !== undefined && query.status !== 'not_participating') {
    if (entry.participation !== 'participating' || entry.status !== query.status) return false;
  }
  return needle === '' || searchText.includes(needle);
}

function toItem(header: CycleReportHeader, entry: ReportEntry): EntryItem {
  return {
    stateCode: header.stateCode,
    actionCode: entry.actionCode,
    reportVersion: header.contentVersion,
    participation: entry.participation,
    status: entry.participation === 'participating' ? entry.status : null,
    narrative: { text: entry.narrative.text, lang: entry.narrative.lang },
    obstacles: { text: entry.obstacles.text, lang: entry.obstacles.lang },
    supportNeeded: {
      categories: [...entry.supportNeeded.categories],
      text: { text: entry.supportNeeded.text.text, lang: entry.supportNeeded.text.lang },
    },
    evidence: {
      links: entry.evidence.links.map((link) => ({ title: link.title, url: link.url })),
      files: entry.evidence.files.map((file) => ({ id: file.id, fileName: file.fileName, size: file.size })),
    },
  };
}

/**
 * Every entry of the given reports that passes the filters and the text search, in plan order
 * (action, then state). Answers come from the immutable snapshots, kept in memory.
 */
export async function entryItems(
  headers: readonly CycleReportHeader[],
  answers: ReportAnswersCache,
  context: ReferenceContext,
  query: Pick<EntriesQuery, 'actionCode' | 'areaCode' | 'status' | 'q'>,
): Promise<EntryItem[]> {
  const needle = searchable(query.q ?? '');
  const perReport = await Promise.all(
    headers.map(async (header) => {
      const { entries, searchText } = await answers.answers(header.id, header.contentVersion);
      return entries
        .filter((entry, index) => matches(entry, searchText[index] ?? '', query, needle))
        .map((entry) => toItem(header, entry));
    }),
  );
  const planOrder = new Map(context.actionCodes.map((code, index) => [code, index]));
  const position = (code: string) => planOrder.get(code) ?? Number.MAX_SAFE_INTEGER;
  return perReport
    .flat()
    .sort(
      (a, b) =>
        position(a.actionCode) - position(b.actionCode) ||
        compareCodes(a.actionCode, b.actionCode) ||
        a.stateCode.localeCompare(b.stateCode),
    );
}
