/** Longest free text (narrative, obstacles, comments) in characters. */
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_LINKS_PER_ENTRY = 20;
export const MAX_INDICATORS_PER_ENTRY = 10;

/** Largest evidence file: 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** All evidence files of one report together: 200 MB (files carried over count too). */
export const MAX_REPORT_FILES_BYTES = 200 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 255;

/** Longest title or name we accept in either language. */
export const MAX_TITLE_LENGTH = 500;
