import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { isDuplicateKey } from './insert-once.js';

interface StampDocument {
  _id: string;
  token: string;
  changedAt: Date;
}

/**
 * One document read by `_id` (indexed on FerretDB too) whose `token` changes after every write of
 * the data it stands for, so each server process can keep that data in memory and trust its copy
 * while the token is unchanged (ADR 13, 19). A random token, not a counter: a counter would start
 * again after the document was deleted, at a value some process still holds.
 */
export class ChangeStamp {
  private readonly model: mongoose.Model<StampDocument>;

  constructor(
    modelName: string,
    collection: string,
    private readonly id: string,
  ) {
    const schema = new mongoose.Schema<StampDocument>(
      {
        _id: { type: String, required: true },
        token: { type: String, required: true },
        changedAt: { type: Date, required: true },
      },
      { versionKey: false },
    );
    this.model = mongoose.model<StampDocument>(modelName, schema, collection);
  }

  /** Called right AFTER a write, so a process that sees the new token and reloads reads it. */
  async mark(): Promise<void> {
    const update = { $set: { token: randomUUID(), changedAt: new Date() } };
    try {
      await this.model.updateOne({ _id: this.id }, update, { upsert: true });
    } catch (error) {
      // Two first upserts at once: one inserted, so the document is there to update now.
      if (!isDuplicateKey(error)) throw error;
      await this.model.updateOne({ _id: this.id }, update);
    }
  }

  /**
   * The current token. A database without one (older than the stamp, or just emptied) gets one,
   * so every process starts from the same token.
   */
  async read(): Promise<string> {
    const found = await this.model.findById(this.id, { token: 1 }).lean<{ token: string }>();
    if (found) return found.token;
    await this.mark();
    const created = await this.model.findById(this.id, { token: 1 }).lean<{ token: string }>();
    // Deleted again at once (only tests empty collections): a token nothing matches, so callers reload.
    return created?.token ?? randomUUID();
  }

  /** Forgets the stamp (tests that check what happens on a database without one). */
  async remove(): Promise<void> {
    await this.model.deleteOne({ _id: this.id });
  }
}
