import {
  actionArea,
  actionCodeSchema,
  type Area,
  areaCodeSchema,
  IMPORT_COLUMNS,
  type ImportRow,
  type LocalizedText,
  MAX_IMPORT_ROWS,
  MAX_TITLE_LENGTH,
} from '@ppm/shared';
import type { SheetCell, SheetRow } from './spreadsheet-reader.js';

/** An action read from a row without errors. */
export interface ImportedAction {
  code: string;
  title: LocalizedText;
}

export interface CheckedImport {
  /** Problems of the file as a whole. */
  errors: string[];
  rows: ImportRow[];
  /** The rows without errors, in file order. */
  actions: ImportedAction[];
}

type Column = 'area' | 'actionCode' | 'titleEn' | 'titleRu';

/** Header names we recognise (compared without case, spaces or punctuation), English and Russian. */
const HEADER_NAMES: Record<Column, string[]> = {
  area: ['area', 'areacode', 'область', 'кодобласти'],
  actionCode: ['actioncode', 'code', 'action', 'коддействия', 'код', 'действие'],
  titleEn: ['titleenglish', 'titleen', 'english', 'названиеанглийский', 'названиенаанглийском'],
  titleRu: ['titlerussian', 'titleru', 'russian', 'названиерусский', 'названиенарусском'],
};
const COLUMNS = Object.keys(HEADER_NAMES) as Column[];
const LABELS: Record<Column, string> = {
  area: 'The area',
  actionCode: 'The action code',
  titleEn: 'The English title',
  titleRu: 'The Russian title',
};

/**
 * Checks every row of an action list spreadsheet against the plan's areas and lists, for each
 * row, everything wrong with it in words a person can act on.
 */
export function checkImportRows(sheet: SheetRow[], areas: Area[]): CheckedImport {
  const headerIndex = sheet.findIndex((row) => row.cells.some((cell) => cell.kind !== 'empty'));
  const header = sheet[headerIndex];
  if (!header) return fileProblem('The file is empty.');
  const columns = mapColumns(header.cells);
  const missing = COLUMNS.filter((column) => columns[column] === undefined);
  if (missing.length > 0) {
    return fileProblem(
      `Row ${header.row} must name the columns: ${IMPORT_COLUMNS.join(', ')}. ` +
        `Not found: ${missing.map((column) => IMPORT_COLUMNS[COLUMNS.indexOf(column)]).join(', ')}. Start from the template.`,
    );
  }
  const body = withoutTrailingEmptyRows(sheet.slice(headerIndex + 1), columns);
  if (body.length === 0) return fileProblem('The file has no actions below the header row.');
  if (body.length > MAX_IMPORT_ROWS) {
    return fileProblem(`The file has ${body.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once.`);
  }

  const areaCodes = new Set(areas.map((area) => area.code));
  const firstRowOfCode = new Map<string, number>();
  const rows = body.map((sheetRow) => checkRow(sheetRow, columns, areaCodes, firstRowOfCode));
  const actions = rows
    .filter((row) => row.errors.length === 0)
    .map((row) => ({ code: row.actionCode, title: { en: row.title.en, ru: row.title.ru } }));
  return { errors: areasLeftEmpty(areas, firstRowOfCode), rows, actions };
}

function fileProblem(message: string): CheckedImport {
  return { errors: [message], rows: [], actions: [] };
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function mapColumns(cells: SheetCell[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  cells.forEach((cell, index) => {
    const name = normalize(cell.text);
    const column = COLUMNS.find((candidate) => HEADER_NAMES[candidate].includes(name));
    if (column && columns[column] === undefined) columns[column] = index;
  });
  return columns;
}

function cellAt(row: SheetRow, columns: Partial<Record<Column, number>>, column: Column): SheetCell {
  return row.cells[columns[column]!] ?? { kind: 'empty', text: '' };
}

function isEmptyRow(row: SheetRow, columns: Partial<Record<Column, number>>): boolean {
  return COLUMNS.every((column) => cellAt(row, columns, column).kind === 'empty');
}

/** Blank rows at the end are not the person's mistake (spreadsheets keep them); blank rows between are. */
function withoutTrailingEmptyRows(rows: SheetRow[], columns: Partial<Record<Column, number>>): SheetRow[] {
  let end = rows.length;
  while (end > 0 && isEmptyRow(rows[end - 1]!, columns)) end -= 1;
  return rows.slice(0, end);
}

function checkRow(
  sheetRow: SheetRow,
  columns: Partial<Record<Column, number>>,
  areaCodes: Set<string>,
  firstRowOfCode: Map<string, number>,
): ImportRow {
  const errors: string[] = [];
  const read = (column: Column) => readCell(cellAt(sheetRow, columns, column), column, errors);
  const areaCode = read('area');
  const actionCode = read('actionCode');
  const title = { en: read('titleEn'), ru: read('titleRu') };
  const row: ImportRow = { row: sheetRow.row, areaCode, actionCode, title, errors };
  if (isEmptyRow(sheetRow, columns)) {
    errors.push('The row is empty; delete it or fill it in.');
    return row;
  }

  const areaOk = checkArea(areaCode, areaCodes, errors);
  if (checkActionCode(actionCode, errors)) {
    if (areaOk && actionArea(actionCode) !== areaCode) {
      errors.push(`Action ${actionCode} does not belong to area ${areaCode}: its code must start with "${areaCode}.".`);
    }
    const first = firstRowOfCode.get(actionCode);
    if (first === undefined) firstRowOfCode.set(actionCode, sheetRow.row);
    else errors.push(`Action ${actionCode} is listed twice: it is already in row ${first}.`);
  }
  checkTitle(title.en, 'English', errors);
  checkTitle(title.ru, 'Russian', errors);
  return row;
}

/** The cell's text, trimmed; cells that do not hold plain text get an error. */
function readCell(cell: SheetCell, column: Column, errors: string[]): string {
  const label = LABELS[column];
  switch (cell.kind) {
    case 'formula':
      errors.push(`${label} is a formula (${cell.text.slice(0, 40)}); type the text itself.`);
      return '';
    case 'error':
      errors.push(`${label} holds the error value ${cell.text}.`);
      return '';
    case 'date':
      errors.push(`${label} holds a date (${cell.text}) instead of text.`);
      return '';
    case 'number':
      if (column === 'actionCode') {
        errors.push(
          `${label} ${cell.text} is stored as a number, which cannot tell 1.1 from 1.10; ` +
            'format the column as Text and type the code again.',
        );
        return '';
      }
      return cell.text;
    default:
      return cell.text.trim();
  }
}

function checkArea(areaCode: string, areaCodes: Set<string>, errors: string[]): boolean {
  if (areaCode === '') {
    if (!errors.some((error) => error.startsWith(LABELS.area))) errors.push('The area is missing.');
    return false;
  }
  if (!areaCodeSchema.safeParse(areaCode).success) {
    errors.push(`The area "${areaCode.slice(0, 40)}" is not an area number such as "1".`);
    return false;
  }
  if (!areaCodes.has(areaCode)) {
    errors.push(`There is no area ${areaCode} in the action plan.`);
    return false;
  }
  return true;
}

function checkActionCode(actionCode: string, errors: string[]): boolean {
  if (actionCode === '') {
    if (!errors.some((error) => error.startsWith(LABELS.actionCode))) errors.push('The action code is missing.');
    return false;
  }
  if (!actionCodeSchema.safeParse(actionCode).success) {
    errors.push(
      `The action code "${actionCode.slice(0, 40)}" does not look like "1.2" (area number, dot, action number).`,
    );
    return false;
  }
  return true;
}

function checkTitle(title: string, language: 'English' | 'Russian', errors: string[]): void {
  const label = `The ${language} title`;
  if (title === '') {
    if (!errors.some((error) => error.startsWith(label))) errors.push(`${label} is missing.`);
  } else if (title.length > MAX_TITLE_LENGTH) {
    errors.push(`${label} has ${title.length} characters; at most ${MAX_TITLE_LENGTH} are allowed.`);
  }
}

/** Every area must keep at least one action; a file that leaves one out is most likely cut short. */
function areasLeftEmpty(areas: Area[], codes: Map<string, number>): string[] {
  const covered = new Set([...codes.keys()].map(actionArea));
  return areas
    .filter((area) => !covered.has(area.code))
    .map((area) => `Area ${area.code} (${area.title.en}) has no actions in the file; every area needs at least one.`);
}
