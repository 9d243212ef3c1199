import type { FileSignature } from '@ppm/shared';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;

const OPEN_DOCUMENT: Record<string, FileSignature> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

function startsWith(data: Buffer, prefix: Buffer | string, at = 0): boolean {
  const bytes = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return data.length >= at + bytes.length && data.subarray(at, at + bytes.length).equals(bytes);
}

/** Names of the entries in a ZIP's central directory; null when it is not a well-formed ZIP. */
export function zipEntryNames(data: Buffer): string[] | null {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let at = data.length - 22; at >= lowest; at -= 1) {
    if (data.readUInt32LE(at) === ZIP_END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== ZIP_CENTRAL_HEADER) return null;
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > data.length) return null;
    names.push(data.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** OpenDocument files start with an uncompressed "mimetype" entry naming their kind. */
function openDocumentKind(data: Buffer): FileSignature | null {
  if (data.length < 30) return null;
  const nameLength = data.readUInt16LE(26);
  const extraLength = data.readUInt16LE(28);
  const size = data.readUInt32LE(18);
  if (data.toString('latin1', 30, 30 + nameLength) !== 'mimetype') return null;
  const start = 30 + nameLength + extraLength;
  return OPEN_DOCUMENT[data.toString('latin1', start, start + Math.min(size, 100))] ?? null;
}

/** Office Open XML (.docx, .xlsx, .pptx) and OpenDocument files are ZIPs told apart by their entries. */
function zipKind(data: Buffer): FileSignature | null {
  const names = zipEntryNames(data);
  if (!names) return null;
  if (names.includes('[Content_Types].xml')) {
    if (names.some((name) => name.startsWith('word/'))) return 'docx';
    if (names.some((name) => name.startsWith('xl/'))) return 'xlsx';
    if (names.some((name) => name.startsWith('ppt/'))) return 'pptx';
    return null;
  }
  return names[0] === 'mimetype' ? openDocumentKind(data) : null;
}

/**
 * What a file really is, from its first bytes (and for ZIP-based formats its entries), never
 * from its name; null for anything we do not accept as evidence.
 */
export function detectFileSignature(data: Buffer): FileSignature | null {
  if (startsWith(data, '%PDF-')) return 'pdf';
  if (startsWith(data, PNG)) return 'png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (startsWith(data, 'GIF87a') || startsWith(data, 'GIF89a')) return 'gif';
  if (startsWith(data, 'RIFF') && startsWith(data, 'WEBP', 8)) return 'webp';
  if (startsWith(data, OLE)) return 'ole';
  if (data.length >= 4 && data.readUInt32LE(0) === ZIP_LOCAL_HEADER) return zipKind(data);
  return null;
}
