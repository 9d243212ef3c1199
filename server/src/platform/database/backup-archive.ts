import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import mongoose from 'mongoose';

type Db = NonNullable<mongoose.Connection['db']>;
type Document = Record<string, unknown>;
const { EJSON } = mongoose.mongo.BSON;

/**
 * A backup is one gzip'd file of JSON lines (Extended JSON, so ids, dates and file bytes come
 * back as they were): a header, then one line per document of every collection (evidence files
 * included: they live in GridFS, `evidence.files` and `evidence.chunks`), then a trailer with
 * the counts, so a cut-off file is noticed before anything is restored. See ADR 18.
 */
export const BACKUP_FORMAT = 'ppm-backup';
const FORMAT_VERSION = 1;
const FILES_COLLECTION = 'evidence.files';
const REPORTS_COLLECTION = 'reports';
/** Restore inserts this many documents at once (a chunk of a file is up to 255 kB). */
const BATCH_DOCUMENTS = 64;

interface IndexSpec {
  key: Record<string, number | string>;
  name: string;
  unique?: boolean;
  sparse?: boolean;
  expireAfterSeconds?: number;
  partialFilterExpression?: Document;
}

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  database: string;
  indexes: Record<string, IndexSpec[]>;
}

interface Trailer {
  end: true;
  counts: Record<string, number>;
}

export interface BackupSummary {
  file: string;
  counts: Record<string, number>;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

async function collectionNames(db: Db): Promise<string[]> {
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  return collections
    .map((collection) => collection.name)
    .filter((name) => !name.startsWith('system.'))
    .sort();
}

async function indexesOf(db: Db, name: string): Promise<IndexSpec[]> {
  const indexes = (await db.collection(name).indexes()) as (IndexSpec & { v?: number })[];
  return indexes
    .filter((index) => index.name !== '_id_')
    .map(({ key, name: indexName, unique, sparse, expireAfterSeconds, partialFilterExpression }) => ({
      key,
      name: indexName,
      ...(unique ? { unique } : {}),
      ...(sparse ? { sparse } : {}),
      ...(expireAfterSeconds === undefined ? {} : { expireAfterSeconds }),
      ...(partialFilterExpression ? { partialFilterExpression } : {}),
    }));
}

/** Writes a line, waiting when the file cannot keep up. */
async function writeLine(out: PassThrough, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

/** A document keeps its exact types (ids, dates, 32/64-bit numbers, bytes) in canonical Extended JSON. */
const documentLine = (collection: string, doc: Document) =>
  EJSON.stringify({ c: collection, d: doc }, { relaxed: false });
const parseDocumentLine = (line: string) => EJSON.parse(line, { relaxed: false }) as { c: string; d: Document };
/** The header and trailer are plain JSON. */
const isTrailerLine = (line: string) => line.startsWith('{"end":true');

/**
 * File ids the reports' current answers refer to that the backup does not hold. Files are
 * stored before a report refers to them and deleted only after none does, so the files are
 * dumped after the reports; a file deleted in between (a removal during the backup) shows here.
 */
function missingFiles(referenced: Set<string>, stored: Set<string>): string[] {
  return [...referenced].filter((id) => !stored.has(id));
}

async function dumpOnce(db: Db, file: string): Promise<Record<string, number>> {
  const names = await collectionNames(db);
  // Reports first and the files last: see missingFiles.
  const ordered = [
    ...names.filter((name) => name === REPORTS_COLLECTION),
    ...names.filter((name) => name !== REPORTS_COLLECTION && !name.startsWith('evidence.')),
    ...names.filter((name) => name.startsWith('evidence.')),
  ];
  const indexes: Record<string, IndexSpec[]> = {};
  for (const name of ordered) indexes[name] = await indexesOf(db, name);

  const out = new PassThrough();
  const written = pipeline(out, createGzip(), createWriteStream(file, { mode: 0o600 }));
  const header: Header = {
    format: BACKUP_FORMAT,
    version: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    database: db.databaseName,
    indexes,
  };
  const counts: Record<string, number> = {};
  const referenced = new Set<string>();
  const stored = new Set<string>();
  try {
    await writeLine(out, JSON.stringify(header));
    for (const name of ordered) {
      counts[name] = 0;
      for await (const doc of db.collection(name).find({}, { sort: { _id: 1 } })) {
        if (name === REPORTS_COLLECTION) {
          for (const id of (doc['fileIds'] as string[] | undefined) ?? []) referenced.add(id);
        }
        if (name === FILES_COLLECTION) stored.add(String(doc._id));
        await writeLine(out, documentLine(name, doc));
        counts[name] += 1;
      }
    }
    const trailer: Trailer = { end: true, counts };
    await writeLine(out, JSON.stringify(trailer));
  } finally {
    out.end();
    await written;
  }
  const missing = missingFiles(referenced, stored);
  if (missing.length > 0) {
    throw new BackupError(`Files changed while the backup ran (${missing.length} missing); try again.`);
  }
  return counts;
}

/**
 * Writes every collection of `db` to `file`. When evidence files changed while it ran, so that a
 * report refers to a file the backup lacks, it starts again (up to three times).
 */
export async function writeBackup(db: Db, file: string): Promise<BackupSummary> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { file, counts: await dumpOnce(db, file) };
    } catch (error) {
      if (!(error instanceof BackupError) || attempt >= 3) throw error;
    }
  }
}

async function* linesOf(file: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') yield line;
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

function isHeader(value: unknown): value is Header {
  const header = value as Partial<Header> | null;
  return header?.format === BACKUP_FORMAT && header.version === FORMAT_VERSION && typeof header.indexes === 'object';
}

/** Reads the whole file once, checking its shape and counts, before the database is touched. */
async function verify(file: string): Promise<Header> {
  let header: Header | undefined;
  let trailer: Trailer | undefined;
  const counts: Record<string, number> = {};
  for await (const line of linesOf(file)) {
    if (!header) {
      const value = parseJson(line);
      if (!isHeader(value))
        throw new BackupError(`${file} is not a backup of this product (format ${BACKUP_FORMAT} 1).`);
      header = value;
      continue;
    }
    if (trailer) throw new BackupError(`${file} goes on after its end.`);
    if (isTrailerLine(line)) {
      trailer = parseJson(line) as Trailer;
      continue;
    }
    const { c } = parseDocumentLine(line);
    counts[c] = (counts[c] ?? 0) + 1;
  }
  if (!header) throw new BackupError(`${file} is empty.`);
  if (!trailer) throw new BackupError(`${file} is cut off: its end is missing.`);
  for (const [name, count] of Object.entries(trailer.counts)) {
    if ((counts[name] ?? 0) !== count) {
      throw new BackupError(`${file} holds ${counts[name] ?? 0} documents of ${name} instead of ${count}.`);
    }
  }
  return header;
}

/**
 * Restores `file` into `db`: refuses a database that holds data unless `replace` (which drops
 * every collection first), and refuses a damaged file before changing anything.
 */
export async function restoreBackup(db: Db, file: string, options: { replace: boolean }): Promise<BackupSummary> {
  const header = await verify(file);
  const existing = await collectionNames(db);
  if (!options.replace) {
    for (const name of existing) {
      if ((await db.collection(name).estimatedDocumentCount()) > 0) {
        throw new BackupError(
          `The database ${db.databaseName} already holds data (${name}). Restore into an empty database, or pass --replace to delete what it holds first.`,
        );
      }
    }
  }
  for (const name of existing) await db.collection(name).drop();

  for (const [name, indexes] of Object.entries(header.indexes)) {
    await db.createCollection(name);
    if (indexes.length > 0) await db.collection(name).createIndexes(indexes as mongoose.mongo.IndexDescription[]);
  }
  const counts: Record<string, number> = Object.fromEntries(Object.keys(header.indexes).map((name) => [name, 0]));
  let batch: { name: string; docs: Document[] } | undefined;
  const flush = async () => {
    if (batch && batch.docs.length > 0) await db.collection(batch.name).insertMany(batch.docs, { ordered: true });
    batch = undefined;
  };
  let first = true;
  for await (const line of linesOf(file)) {
    if (first) {
      first = false;
      continue;
    }
    if (isTrailerLine(line)) break;
    const { c: name, d: doc } = parseDocumentLine(line);
    if (batch?.name !== name || batch.docs.length >= BATCH_DOCUMENTS) {
      await flush();
      batch = { name, docs: [] };
    }
    batch.docs.push(doc);
    counts[name] = (counts[name] ?? 0) + 1;
  }
  await flush();
  return { file, counts };
}
