import { type ActionPlanView, IMPORT_COLUMNS } from '@ppm/shared';
import ExcelJS from 'exceljs';

export type TemplateFormat = 'xlsx' | 'csv';

export const SPREADSHEET_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/**
 * The import template: one row per action in force, in plan order, under the column names the
 * import reads. The XLSX has the code columns formatted as text (so 1.10 stays 1.10) and a
 * second sheet listing the areas; the CSV is UTF-8 with a byte order mark so Excel shows Cyrillic.
 */
export async function writeImportTemplate(plan: ActionPlanView, format: TemplateFormat): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Actions');
  sheet.columns = [
    { header: IMPORT_COLUMNS[0], key: 'area', width: 8, style: { numFmt: '@' } },
    { header: IMPORT_COLUMNS[1], key: 'code', width: 13, style: { numFmt: '@' } },
    { header: IMPORT_COLUMNS[2], key: 'en', width: 70 },
    { header: IMPORT_COLUMNS[3], key: 'ru', width: 70 },
  ];
  for (const area of plan.areas) {
    for (const action of area.actions.filter((candidate) => !candidate.retired)) {
      sheet.addRow({ area: area.code, code: action.code, en: action.title.en, ru: action.title.ru });
    }
  }
  if (format === 'csv') {
    return Buffer.from(await workbook.csv.writeBuffer({ sheetName: 'Actions', formatterOptions: { writeBOM: true } }));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const areas = workbook.addWorksheet('Areas');
  areas.columns = [
    { header: 'area', key: 'code', width: 8 },
    { header: 'title (English)', key: 'en', width: 70 },
    { header: 'title (Russian)', key: 'ru', width: 70 },
  ];
  for (const area of plan.areas) areas.addRow({ code: area.code, en: area.title.en, ru: area.title.ru });
  areas.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
