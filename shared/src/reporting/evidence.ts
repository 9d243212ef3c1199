import { wellFormedString } from '../text/well-formed-text.js';
import { MAX_FILE_NAME_LENGTH } from './limits.js';

/** What the first bytes of a file say it is; the server checks this, never the file name. */
export type FileSignature =
  'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'pptx' | 'ole' | 'odt' | 'ods' | 'odp';

/**
 * Evidence files we accept, by the Content-Type they are uploaded with, and the signature their
 * content must show. The legacy Office formats (.doc, .xls, .ppt) share one container (OLE).
 */
export const EVIDENCE_FILE_TYPES = {
  'application/pdf': { signature: 'pdf', extension: 'pdf' },
  'image/png': { signature: 'png', extension: 'png' },
  'image/jpeg': { signature: 'jpeg', extension: 'jpg' },
  'image/gif': { signature: 'gif', extension: 'gif' },
  'image/webp': { signature: 'webp', extension: 'webp' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { signature: 'docx', extension: 'docx' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { signature: 'xlsx', extension: 'xlsx' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { signature: 'pptx', extension: 'pptx' },
  'application/msword': { signature: 'ole', extension: 'doc' },
  'application/vnd.ms-excel': { signature: 'ole', extension: 'xls' },
  'application/vnd.ms-powerpoint': { signature: 'ole', extension: 'ppt' },
  'application/vnd.oasis.opendocument.text': { signature: 'odt', extension: 'odt' },
  'application/vnd.oasis.opendocument.spreadsheet': { signature: 'ods', extension: 'ods' },
  'application/vnd.oasis.opendocument.presentation': { signature: 'odp', extension: 'odp' },
} as const satisfies Record<string, { signature: FileSignature; extension: string }>;
export type EvidenceContentType = keyof typeof EVIDENCE_FILE_TYPES;
export const EVIDENCE_CONTENT_TYPES = Object.keys(EVIDENCE_FILE_TYPES) as EvidenceContentType[];

export function isEvidenceContentType(value: string): value is EvidenceContentType {
  return Object.hasOwn(EVIDENCE_FILE_TYPES, value);
}

/** A file name as people see it: no path, no control characters. */
export const evidenceFileNameSchema = wellFormedString()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_FILE_NAME_LENGTH, `must be at most ${MAX_FILE_NAME_LENGTH} characters`)
  .refine(isPlainFileName, 'must not contain slashes, control characters or invisible formatting characters');

/**
 * Control characters (Cc), invisible formatting such as a right-to-left override that shows
 * "invoice\u202Efdp.exe" as "invoiceexe.pdf" (Cf), and line or paragraph separators (Zl, Zp) are
 * refused, as are slashes.
 */
const NOT_IN_A_FILE_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}/\\]/u;

function isPlainFileName(name: string): boolean {
  return !NOT_IN_A_FILE_NAME.test(name);
}
