import { createHash } from 'node:crypto';
import { deepFreeze } from './deep-freeze.js';
import { readReferenceStamp } from './reference-stamp.js';

/** A value with its API answer made once: the JSON bytes and their strong ETag. */
export interface CachedReference<T> {
  value: T;
  body: Buffer;
  etag: string;
}

interface Entry<T> {
  token: string;
  loadedAt: number;
  loading: Promise<CachedReference<T>>;
}

/**
 * A safety net only: if a process stopped between writing reference data and changing the stamp,
 * other processes would keep their copy; after this long they read it again anyway.
 */
const MAX_AGE_MS = 5 * 60_000;

/**
 * Reference data (action plan, states, regions) kept in this process's memory and checked
 * against the stamp on every use, so a change made through any server process is seen by the
 * next request here (ADR 13). One instance per process (`referenceCache`); tests make their own.
 * Other data kept behind a stamp of its own uses it too (the people to notify, ADR 20).
 */
export class ReferenceCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  constructor(
    private readonly readStamp: () => Promise<string> = readReferenceStamp,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The value under `key`, loaded again when the stamp moved since it was loaded. `view` turns
   * it into what the API answers. A failed load is not kept.
   */
  async get<T>(key: string, load: () => Promise<T>, view: (value: T) => unknown): Promise<CachedReference<T>> {
    const token = await this.readStamp();
    const entry = this.entries.get(key) as Entry<T> | undefined;
    if (entry?.token === token && this.now() - entry.loadedAt < MAX_AGE_MS) return entry.loading;
    const loading = load().then((value) => cachedReference(value, view(value)));
    const fresh: Entry<T> = { token, loadedAt: this.now(), loading };
    this.entries.set(key, fresh);
    loading.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    return loading;
  }
}

function cachedReference<T>(value: T, view: unknown): CachedReference<T> {
  const body = Buffer.from(JSON.stringify(view));
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { value: deepFreeze(value), body, etag };
}

/** This process's cache. */
export const referenceCache = new ReferenceCache();
