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
