import type { ApiError } from '../../../core/http';

/** A column of the import spreadsheet, as the messages name it. */
export type ImportColumn = 'area' | 'actionCode' | 'titleEn' | 'titleRu';

/** Values for a message's placeholders; `column` and `language` are translated in turn. */
export interface ImportMessageParams {
  readonly value?: string;
  readonly column?: ImportColumn;
  readonly language?: 'en' | 'ru';
  readonly action?: string;
  readonly area?: string;
  readonly row?: string;
  readonly count?: string;
  readonly max?: string;
  readonly columns?: string;
  readonly missing?: string;
}

/**
 * A problem the server found in an imported file, ready to show: a key under
 * `actionPlan.import.messages` when we know the message, else the server's own (English) text.
 */
export interface ImportMessage {
  readonly key: string | null;
  readonly params: ImportMessageParams;
  /** The server's words, for the fallback and for a title attribute. */
  readonly text: string;
}

const COLUMNS: Readonly<Record<string, ImportColumn>> = {
  'The area': 'area',
  'The action code': 'actionCode',
  'The English title': 'titleEn',
  'The Russian title': 'titleRu',
};
const COLUMN = '(The area|The action code|The English title|The Russian title)';
const LANGUAGE = (name: string | undefined): 'en' | 'ru' => (name === 'Russian' ? 'ru' : 'en');

type Reader = (match: RegExpExecArray) => ImportMessageParams;

/** The server's messages (import-rows.ts, spreadsheet-reader.ts), most specific first. */
const KNOWN: readonly (readonly [RegExp, string, Reader])[] = [
  [
    new RegExp(`^${COLUMN} is a formula \\((.*)\\); type the text itself\\.$`),
    'formula',
    (m) => ({ column: COLUMNS[m[1]], value: m[2] }),
  ],
  [
    new RegExp(`^${COLUMN} holds the error value (.*)\\.$`),
    'errorValue',
    (m) => ({ column: COLUMNS[m[1]], value: m[2] }),
  ],
  [
    new RegExp(`^${COLUMN} holds a date \\((.*)\\) instead of text\\.$`),
    'date',
    (m) => ({ column: COLUMNS[m[1]], value: m[2] }),
  ],
  [
    /^The action code (.+) is stored as a number, which cannot tell 1\.1 from 1\.10;/,
    'codeAsNumber',
    (m) => ({ value: m[1] }),
  ],
  [/^The row is empty; delete it or fill it in\.$/, 'emptyRow', () => ({})],
  [
    /^Action (\S+) does not belong to area (\S+): its code must start with/,
    'wrongArea',
    (m) => ({ action: m[1], area: m[2] }),
  ],
  [
    /^Action (\S+) is listed twice: it is already in row (\d+)\.$/,
    'listedTwice',
    (m) => ({ action: m[1], row: m[2] }),
  ],
  [/^The area is missing\.$/, 'areaMissing', () => ({})],
  [
    /^The area "(.*)" is not an area number such as "1"\.$/,
    'areaNotNumber',
    (m) => ({ value: m[1] }),
  ],
  [/^There is no area (\S+) in the action plan\.$/, 'unknownArea', (m) => ({ area: m[1] })],
  [/^The action code is missing\.$/, 'codeMissing', () => ({})],
  [/^The action code "(.*)" does not look like "1\.2"/, 'codeMalformed', (m) => ({ value: m[1] })],
  [
    /^The (English|Russian) title is missing\.$/,
    'titleMissing',
    (m) => ({ language: LANGUAGE(m[1]) }),
  ],
  [
    /^The (English|Russian) title has (\d+) characters; at most (\d+) are allowed\.$/,
    'titleTooLong',
    (m) => ({ language: LANGUAGE(m[1]), count: m[2], max: m[3] }),
  ],
  [/^The file is empty\.$/, 'fileEmpty', () => ({})],
  [
    /^Row (\d+) must name the columns: (.+)\. Not found: (.+)\. Start from the template\.$/,
    'missingColumns',
    (m) => ({ row: m[1], columns: m[2], missing: m[3] }),
  ],
  [/^The file has no actions below the header row\.$/, 'noRows', () => ({})],
  [
    /^The file has (\d+) rows; at most (\d+) can be imported at once\.$/,
    'tooManyRows',
    (m) => ({ count: m[1], max: m[2] }),
  ],
  [
    /^Area (\S+) \(.*\) has no actions in the file; every area needs at least one\.$/,
    'areaLeftEmpty',
    (m) => ({ area: m[1] }),
  ],
  [/^Old Excel files \(\.xls\) cannot be read\./, 'oldExcel', () => ({})],
  [/^The file looks like an Excel workbook but cannot be opened\./, 'brokenWorkbook', () => ({})],
  [/^The workbook has no sheet\.$/, 'noSheet', () => ({})],
  [
    /^The file is neither an Excel workbook \(\.xlsx\) nor CSV text in UTF-8\./,
    'notUtf8',
    () => ({}),
  ],
  [
    /^The file is neither an Excel workbook \(\.xlsx\) nor a CSV text file\.$/,
    'notSpreadsheet',
    () => ({}),
  ],
  [/^The CSV file cannot be read; check its quotes and separators\.$/, 'badCsv', () => ({})],
];

const PREFIX = 'actionPlan.import.messages.';

/** Recognises a message of the import check so it can be said in both languages. */
export function describeImportMessage(text: string): ImportMessage {
  for (const [pattern, key, read] of KNOWN) {
    const match = pattern.exec(text);
    if (match) {
      return { key: PREFIX + key, params: read(match), text };
    }
  }
  return { key: null, params: {}, text };
}

/** Why an upload or an apply failed, in words for the person. */
export function describeImportFailure(error: ApiError): ImportMessage {
  const known = (key: string): ImportMessage => ({
    key: PREFIX + key,
    params: {},
    text: error.message,
  });
  switch (error.code) {
    case 'unreadable_file':
      return describeImportMessage(error.message);
    case 'payload_too_large':
      return known('tooLarge');
    case 'unsupported_media_type':
      return known('notAFile');
    case 'stale_version':
      return known('stale');
    case 'import_already_applied':
      return known('alreadyApplied');
    case 'import_invalid':
      return known('invalid');
    default:
      break;
  }
  if (error.status === 404) {
    return known('expired');
  }
  if (error.status === 413) {
    return known('tooLarge');
  }
  return known('failed');
}
