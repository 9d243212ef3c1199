/*
 * The reporting rules the editor needs: lists and limits from `@ppm/shared/rules` (zod-free, so
 * the schemas stay out of the browser), plus what only the browser needs.
 */
export {
  EDITABLE_REPORT_STATUSES,
  IMPLEMENTATION_STATUSES,
  MAX_FILE_BYTES,
  MAX_INDICATORS_PER_ENTRY,
  MAX_LINKS_PER_ENTRY,
  MAX_REPORT_FILES_BYTES,
  MAX_TEXT_LENGTH,
  PARTICIPATION_VALUES,
  SUPPORT_CATEGORIES,
} from '@ppm/shared/rules';

export const LINK_TITLE_MAX_LENGTH = 300;
export const LINK_URL_MAX_LENGTH = 2000;
export const INDICATOR_NAME_MAX_LENGTH = 200;
export const INDICATOR_UNIT_MAX_LENGTH = 50;
export const INDICATOR_NOTE_MAX_LENGTH = 500;

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
