/** Whether the database refused a write because a unique index already holds that key. */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 11000;
}

/**
 * Inserts `doc` and says whether it went in: false when a unique index already holds its key
 * (someone else inserted it first). The one write MongoDB and FerretDB both decide atomically
 * between two writers (ADR 12).
 */
export async function insertOnce(model: { create(doc: object): Promise<unknown> }, doc: object): Promise<boolean> {
  try {
    await model.create(doc);
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/** What `upsertById` needs of a Mongoose model. */
interface UpsertModel {
  updateOne(filter: { _id: string }, update: object, options?: { upsert: boolean }): PromiseLike<unknown>;
}

/**
 * Updates the document `id`, making it when missing. Of two first writes at the same moment both
 * may try to insert; the database lets one in and refuses the other with a duplicate key, which
 * then updates the document the first one made.
 */
export async function upsertById(model: UpsertModel, id: string, update: object): Promise<void> {
  try {
    await model.updateOne({ _id: id }, update, { upsert: true });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    await model.updateOne({ _id: id }, update);
  }
}
