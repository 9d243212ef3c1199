import type {
  ImplementationStatus,
  Participation,
  ReportStatus,
  SupportCategory,
} from '@ppm/shared';

/*
 * The reporting rules the editor needs, mirrored from `@ppm/shared` as plain values: its
 * modules build zod schemas when loaded, which must not reach the browser. The spec checks
 * every list and limit here against the shared ones, so they cannot drift apart.
 */

/** Longest narrative, obstacles or support text, in characters. */
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_LINKS_PER_ENTRY = 20;
export const MAX_INDICATORS_PER_ENTRY = 10;
/** Largest evidence file: 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** All evidence files of one report together: 200 MB. */
export const MAX_REPORT_FILES_BYTES = 200 * 1024 * 1024;

export const LINK_TITLE_MAX_LENGTH = 300;
export const LINK_URL_MAX_LENGTH = 2000;
export const INDICATOR_NAME_MAX_LENGTH = 200;
export const INDICATOR_UNIT_MAX_LENGTH = 50;
export const INDICATOR_NOTE_MAX_LENGTH = 500;

export const PARTICIPATION_VALUES = [
  'participating',
  'not_participating',
] as const satisfies readonly Participation[];

/** The implementation scale, from 0 (not started) to 3 (completed). */
export const IMPLEMENTATION_STATUSES = [
  'not_started',
  'limited',
  'substantial',
  'completed',
] as const satisfies readonly ImplementationStatus[];

export const SUPPORT_CATEGORIES = [
  'training',
  'expertise',
  'funding',
  'exchange_of_practice',
  'equipment',
  'other',
] as const satisfies readonly SupportCategory[];

/** Statuses in which the state's people may still edit. */
export const EDITABLE_REPORT_STATUSES = [
  'draft',
  'returned',
] as const satisfies readonly ReportStatus[];

/**
 * Evidence files the server accepts, by Content-Type, with the extension that names them. The
 * server checks the content itself; this only lets the browser refuse early and pick a type
 * when the file system gives none.
 */
export const EVIDENCE_FILE_EXTENSIONS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

/** Extensions the server knows under a second name ("photo.jpeg"). */
const EXTRA_EXTENSIONS: Readonly<Partial<Record<string, string>>> = { jpeg: 'image/jpeg' };

/** For the file picker's `accept`: every accepted type and extension. */
export const EVIDENCE_ACCEPT = [
  ...Object.keys(EVIDENCE_FILE_EXTENSIONS),
  ...Object.values(EVIDENCE_FILE_EXTENSIONS).map((extension) => `.${extension}`),
  '.jpeg',
].join(',');

/**
 * The Content-Type to upload a file with: the browser's when we accept it, else the one its
 * extension names (browsers leave `File.type` empty for some Office files); null when neither
 * is an accepted type.
 */
export function evidenceContentType(file: Pick<File, 'name' | 'type'>): string | null {
  const declared = file.type.toLowerCase();
  if (Object.hasOwn(EVIDENCE_FILE_EXTENSIONS, declared)) {
    return declared;
  }
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  const byExtension = Object.entries(EVIDENCE_FILE_EXTENSIONS).find(
    ([, known]) => known === extension,
  );
  return byExtension?.[0] ?? EXTRA_EXTENSIONS[extension] ?? null;
}
