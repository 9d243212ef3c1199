/*
 * The limits the server enforces, from `@ppm/shared/rules` (zod-free), so client and server agree.
 */
export {
  MAX_TITLE_LENGTH as TITLE_MAX_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_LINKS_PER_ENTRY,
  MAX_INDICATORS_PER_ENTRY,
  MAX_FILE_BYTES,
  MAX_REPORT_FILES_BYTES,
  MAX_FILE_NAME_LENGTH,
} from '@ppm/shared/rules';
