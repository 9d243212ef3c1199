import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/http/app-error.js';

/** What a cell held, reduced to what the import needs to judge it. */
export interface SheetCell {
  kind: 'empty' | 'text' | 'number' | 'formula' | 'date' | 'error';
  /** The cell's text as a person would read it (for a formula: the formula). */
  text: string;
}

export interface SheetRow {
  /** 1-based, as the spreadsheet program shows it. */
  row: number;
  cells: SheetCell[];
}

/** More columns than this are not read (the import uses four). */
const MAX_COLUMNS = 20;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export function unreadableFile(message: string): AppError {
  return new AppError(400, 'unreadable_file', message);
}

/**
 * Reads the first sheet of an XLSX workbook or a CSV file into rows of cells. The type is told
 * by the content (an XLSX file is a zip archive), never by the file name.
 */
export async function readSpreadsheet(file: Buffer): Promise<SheetRow[]> {
  if (file.length === 0) throw unreadableFile('The file is empty.');
  if (file.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(file);
  if (file.subarray(0, 4).equals(OLE_MAGIC)) {
    throw unreadableFile(
      'Old Excel files (.xls) cannot be read. Save the file as Excel Workbook (.xlsx) or CSV UTF-8.',
    );
  }
  return readCsv(file);
}

async function readXlsx(file: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadableFile('The file looks like an Excel workbook but cannot be opened. Save it again as .xlsx.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadableFile('The workbook has no sheet.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const width = Math.min(row.cellCount, MAX_COLUMNS);
    const cells: SheetCell[] = [];
    for (let column = 1; column <= width; column += 1) cells.push(xlsxCell(row.getCell(column).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function xlsxCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return { kind: 'empty', text: '' };
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (value instanceof Date) return { kind: 'date', text: value.toISOString().slice(0, 10) };
  if ('formula' in value || 'sharedFormula' in value) {
    const formula =
      'formula' in value && value.formula ? value.formula : (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
    return { kind: 'formula', text: `=${formula}` };
  }
  if ('error' in value) return { kind: 'error', text: value.error };
  if ('richText' in value) return textCell(value.richText.map((part) => part.text).join(''));
  return textCell(richOrPlain(value.text));
}

/** A hyperlink's text is a string, or rich text when the link text is formatted. */
function richOrPlain(text: unknown): string {
  if (typeof text === 'string') return text;
  const parts = (text as Partial<ExcelJS.CellRichTextValue> | null)?.richText;
  return Array.isArray(parts) ? parts.map((part) => part.text).join('') : '';
}

function textCell(text: string): SheetCell {
  return text.trim() === '' ? { kind: 'empty', text: '' } : { kind: 'text', text };
}

async function readCsv(file: Buffer): Promise<SheetRow[]> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw unreadableFile(
      'The file is neither an Excel workbook (.xlsx) nor CSV text in UTF-8. Save it as "CSV UTF-8".',
    );
  }
  if (text.includes('\u0000'))
    throw unreadableFile('The file is neither an Excel workbook (.xlsx) nor a CSV text file.');
  text = text.replace(/^\uFEFF/, '');
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet;
  try {
    sheet = await workbook.csv.read(Readable.from([text]), {
      // Keep every value as written: "1.10" must not turn into the number 1.1.
      map: (value: unknown) => value,
      parserOptions: { delimiter: guessDelimiter(text) },
    });
  } catch {
    throw unreadableFile('The CSV file cannot be read; check its quotes and separators.');
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1, MAX_COLUMNS + 1);
    rows.push({ row: rowNumber, cells: Array.from(values, (value) => csvCell(value)) });
  });
  return rows;
}

function csvCell(value: unknown): SheetCell {
  const text = typeof value === 'string' ? value : '';
  if (text.trim().startsWith('=')) return { kind: 'formula', text };
  return textCell(text);
}

/** Spreadsheet programs in many locales save CSV with ";" (or tabs); judge by the first line. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length }));
  return counts.reduce((best, candidate) => (candidate.count > best.count ? candidate : best)).delimiter;
}
