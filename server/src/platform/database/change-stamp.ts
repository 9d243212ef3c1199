import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import mongoose from 'mongoose';
import { FreshRead } from './fresh-read.js';
import { upsertById } from './insert-once.js';

/**
 * `change_stamps`: one small document per kind of data kept in memory by every server process
 * (reference data, authentication). Its `token` changes after every write of that data, so a
 * process trusts its copy while the token is the one it loaded the copy under (ADR 13, 20). A
 * random token, not a counter: a counter would start again after the document was deleted, at a
 * value some process still holds.
 */
const stampSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    token: { type: String, required: true },
    changedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
const StampModel = mongoose.model('ChangeStamp', stampSchema, 'change_stamps');

/**
 * All tokens in one read of a collection of a few documents, shared by concurrent requests and
 * never older than the request that asks (`FreshRead`).
 */
const allTokens = new FreshRead(async () => {
  // The driver's own find: this read serves nearly every request, and Mongoose's query layer
  // (casting, hooks) costs a fifth of it for a projection of strings.
  const stamps = await StampModel.collection
    .find<{ _id: string; token: string }>({}, { projection: { token: 1 } })
    .toArray();
  return new Map(stamps.map((stamp) => [stamp._id, stamp.token]));
});

/** Within one API request the tokens are read once: authentication and the handler share them. */
const requestTokens = new AsyncLocalStorage<{ tokens?: Promise<Map<string, string>> | undefined }>();

/** Middleware: the rest of the request shares one read of the tokens. */
export const oneStampReadPerRequest: RequestHandler = (_req, _res, next) => {
  requestTokens.run({}, next);
};

function currentTokens(): Promise<Map<string, string>> {
  const memo = requestTokens.getStore();
  if (!memo) return allTokens.get();
  memo.tokens ??= allTokens.get();
  return memo.tokens;
}

/** One kind of data's stamp. */
export class ChangeStamp {
  constructor(private readonly id: string) {}

  /** Called right AFTER a write, so a process that sees the new token and reloads reads it. */
  async mark(): Promise<void> {
    // This request's later reads must see its own write.
    const memo = requestTokens.getStore();
    if (memo) memo.tokens = undefined;
    await upsertById(StampModel, this.id, { $set: { token: randomUUID(), changedAt: new Date() } });
  }

  /**
   * The current token. A database without one (older than the stamp, or just emptied) gets one,
   * so every process starts from the same token.
   */
  async read(): Promise<string> {
    const token = (await currentTokens()).get(this.id);
    if (token) return token;
    await this.mark();
    const created = await StampModel.findById(this.id, { token: 1 }).lean<{ token: string }>();
    // Deleted again at once (only tests empty collections): a token nothing matches, so callers reload.
    return created?.token ?? randomUUID();
  }

  /** Forgets the stamp (tests of a database without one). */
  async remove(): Promise<void> {
    await StampModel.deleteOne({ _id: this.id });
  }
}
