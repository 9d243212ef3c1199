import type { ExportQuery, Locale, User } from '@ppm/shared';
import { stringify } from 'csv-stringify/sync';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AnalyticsService } from './analytics.service.js';
import { exportLabels } from './export-labels.js';
import { coverageTable, entriesTable, progressTable, summaryTable, type ExportTable } from './export-tables.js';

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const ALL_ENTRIES = 1_000_000;

/** File names say cycle, view, basis and date: "progress-2026-annual-report-by-area-approved-2026-12-06.csv". */
function fileName(cycleName: string, view: string, basis: string, day: string, extension: string): string {
  const slug = cycleName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `progress-${slug || 'cycle'}-${view}-${basis}-${day}.${extension}`;
}

/**
 * The dashboard's figures as spreadsheets: built from the same service answers (so the same
 * access rules and numbers), in the language asked for.
 */
export class AnalyticsExports {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async xlsx(user: User, query: ExportQuery): Promise<ExportFile> {
    const { tables, cycleName, day } = await this.tables(user, query, [
      'summary',
      'area',
      'action',
      'state',
      'coverage',
      'entries',
    ]);
    const body = await writeWorkbook(tables);
    return {
      fileName: fileName(cycleName, 'all', query.basis, day, 'xlsx'),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      body,
    };
  }

  async csv(user: User, query: ExportQuery): Promise<ExportFile> {
    const { tables, cycleName, day } = await this.tables(user, query, [query.view]);
    const table = tables[0]!;
    // A byte order mark, so that Excel reads the UTF-8 (Cyrillic) correctly.
    const text = '\uFEFF' + stringify([table.columns, ...table.rows], { record_delimiter: '\r\n' });
    return {
      fileName: fileName(cycleName, query.view, query.basis, day, 'csv'),
      contentType: 'text/csv; charset=utf-8',
      body: Buffer.from(text, 'utf8'),
    };
  }

  private async tables(
    user: User,
    query: ExportQuery,
    parts: readonly ('summary' | 'area' | 'action' | 'state' | 'coverage' | 'entries')[],
  ): Promise<{ tables: ExportTable[]; cycleName: string; day: string }> {
    const lang: Locale = query.lang ?? user.locale;
    const labels = exportLabels(lang);
    const view = await this.analytics.view(user, query.cycleId, query.basis);
    const naming = { labels, lang, context: view.context };
    const filters = { ...query, lang: undefined };
    const progress = (by: 'area' | 'action' | 'state') => this.analytics.progress(user, { ...filters, by });
    const tables: ExportTable[] = [];
    const day = this.now().toISOString().slice(0, 10);
    for (const part of parts) {
      if (part === 'summary') {
        const [submissions, overall] = await Promise.all([this.analytics.submissions(user, filters), progress('area')]);
        const basis = query.basis === 'approved' ? labels.basisApproved : labels.basisSubmitted;
        tables.push(
          summaryTable(
            labels.summary,
            { cycleName: view.cycle.name[lang], basis, generated: day, submissions, overall: overall.overall },
            labels,
          ),
        );
      } else if (part === 'area') tables.push(progressTable(labels.byArea, await progress('area'), naming));
      else if (part === 'action') tables.push(progressTable(labels.byAction, await progress('action'), naming));
      else if (part === 'state') tables.push(progressTable(labels.byState, await progress('state'), naming));
      else if (part === 'coverage')
        tables.push(coverageTable(labels.coverage, await this.analytics.coverage(user, filters), naming));
      else {
        const entries = await this.analytics.entries(user, { ...filters, page: 1, pageSize: ALL_ENTRIES });
        tables.push(entriesTable(labels.entries, entries.items, naming));
      }
    }
    return { tables, cycleName: view.cycle.name[lang], day };
  }
}

/** Streams the sheets (no shared strings): several times faster than building the workbook in memory. */
async function writeWorkbook(tables: readonly ExportTable[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  workbook.creator = 'Prague Process Action Plan Monitor';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((_column, index) => ({ width: index < 2 ? 18 : 14 }));
    const header = sheet.addRow(table.columns);
    header.font = { bold: true };
    header.commit();
    for (const row of table.rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}
