import type { Readable } from 'node:stream';
import mongoose from 'mongoose';

const BUCKET_NAME = 'evidence';

function bucket() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('The database is not connected');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET_NAME });
}

export interface StoredFileInfo {
  fileName: string;
  contentType: string;
  metadata: Record<string, unknown>;
}

/** Writes the file's bytes to GridFS (collections evidence.files / evidence.chunks); returns its id. */
export async function storeFile(data: Buffer, info: StoredFileInfo): Promise<string> {
  const id = new mongoose.Types.ObjectId();
  await new Promise<void>((resolve, reject) => {
    const upload = bucket().openUploadStreamWithId(id, info.fileName, {
      metadata: { ...info.metadata, contentType: info.contentType },
    });
    upload.once('finish', () => resolve());
    upload.once('error', reject);
    upload.end(data);
  });
  return id.toHexString();
}

export async function fileExists(id: string): Promise<boolean> {
  const found = await bucket()
    .find({ _id: new mongoose.Types.ObjectId(id) }, { limit: 1 })
    .toArray();
  return found.length > 0;
}

export function openFile(id: string): Readable {
  return bucket().openDownloadStream(new mongoose.Types.ObjectId(id));
}

/** Removes the bytes; a file already gone is fine. */
export async function deleteFile(id: string): Promise<void> {
  try {
    await bucket().delete(new mongoose.Types.ObjectId(id));
  } catch (error) {
    if (!(error instanceof mongoose.mongo.MongoRuntimeError) || !/not found/i.test(error.message)) throw error;
  }
}
