import {
  EVIDENCE_FILE_TYPES,
  evidenceFileNameSchema,
  isEvidenceContentType,
  MAX_FILE_BYTES,
  type EvidenceContentType,
} from '@ppm/shared';
import { AppError } from '../../../platform/http/app-error.js';
import { detectFileSignature } from './file-signature.js';

const ACCEPTED = 'PDF, Word, Excel, PowerPoint (also the older formats), OpenDocument, PNG, JPEG, GIF or WebP';
const MEGABYTE = 1024 * 1024;

function unsupported(message: string): AppError {
  return new AppError(415, 'unsupported_file_type', message);
}

/** The declared type without parameters, if we accept it; 415 otherwise. */
export function acceptedContentType(header: string | undefined): EvidenceContentType {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  if (!isEvidenceContentType(type)) {
    throw unsupported(`Files of type "${type || 'unknown'}" are not accepted as evidence. Send ${ACCEPTED}.`);
  }
  return type;
}

/** Other spellings of an extension that name the same type. */
const SAME_EXTENSION: Record<string, readonly string[]> = { jpg: ['jpeg', 'jpe'] };

/** The extensions a file of `type` may be named with, lower case, without the dot. */
export function extensionsOf(type: EvidenceContentType): readonly string[] {
  const extension = EVIDENCE_FILE_TYPES[type].extension;
  return [extension, ...(SAME_EXTENSION[extension] ?? [])];
}

/**
 * The file name from the URL-encoded X-File-Name header; 400 when missing or unusable, or when
 * its extension is not one of the type's (the content is checked against the type later), so a
 * file is never downloaded under a name that makes it something else (".exe", ".html", ".svg").
 */
export function fileNameFrom(header: string | undefined, type: EvidenceContentType): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(header ?? '');
  } catch {
    throw AppError.badRequest('The file name is not valid.', [{ path: 'X-File-Name', message: 'must be URL-encoded' }]);
  }
  const result = evidenceFileNameSchema.safeParse(decoded);
  if (!result.success) {
    throw AppError.badRequest('The file name is not valid.', [
      { path: 'X-File-Name', message: result.error.issues[0]?.message ?? 'is not valid' },
    ]);
  }
  const extension = /\.([^.]*)$/.exec(result.data)?.[1]?.toLowerCase();
  const allowed = extensionsOf(type);
  if (extension === undefined || !allowed.includes(extension)) {
    throw AppError.badRequest('The file name does not fit the type of the file.', [
      { path: 'X-File-Name', message: `must end in .${allowed.join(' or .')} for a file of type ${type}` },
    ]);
  }
  return result.data;
}

export function fileTooLarge(): AppError {
  return new AppError(413, 'file_too_large', `A file may be at most ${MAX_FILE_BYTES / MEGABYTE} MB.`);
}

/** The bytes must be what the declared type says (by content, never by name) and within the size limit. */
export function checkFileContent(type: EvidenceContentType, data: Buffer): void {
  if (data.length === 0)
    throw AppError.badRequest('The file is empty.', [{ path: 'body', message: 'must not be empty' }]);
  if (data.length > MAX_FILE_BYTES) throw fileTooLarge();
  const expected = EVIDENCE_FILE_TYPES[type].signature;
  const found = detectFileSignature(data);
  if (found !== expected) {
    throw unsupported(
      `The content of the file is not ${expected.toUpperCase()} as its type "${type}" says${found ? ` (it looks like ${found.toUpperCase()})` : ''}.`,
    );
  }
}
