import type { User } from '@ppm/shared';
import { LRUCache } from 'lru-cache';
import { ChangeStamp } from '../../platform/database/change-stamp.js';
import type { CredentialFields } from './credential.model.js';

/**
 * `change_stamps/{ _id: "auth" }`: its token changes after every revocation and every change to a
 * person, so a copy of a credential and its person kept in memory is trusted only while the
 * token is the one read before the copy was loaded (ADR 20).
 */
export const authStamp = new ChangeStamp('auth');

/** What authentication needs of a credential: its person as the API shows them. */
export interface KnownCredential {
  credential: Pick<CredentialFields, 'kind' | 'csrfToken' | 'createdAt' | 'lastUsedAt' | 'expiresAt' | 'revokedAt'> & {
    _id: string;
  };
  user: User | null;
}

interface Entry {
  token: string;
  loadedAt: number;
  known: KnownCredential;
}

/** A safety net, as for reference data: a process that died between a write and its stamp. */
const MAX_AGE_MS = 5 * 60_000;
/** Enough for every person signed in at once, several devices each. */
const MAX_ENTRIES = 20_000;

/**
 * Credentials seen by this process, with their person, so an authenticated request costs one
 * shared read of the stamp by `_id` instead of two reads (credential, then person). Unknown
 * secrets are never kept: guessing cannot fill the cache.
 */
export class CredentialCache {
  private readonly entries = new LRUCache<string, Entry>({ max: MAX_ENTRIES });
  constructor(
    private readonly readStamp: () => Promise<string> = () => authStamp.read(),
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The credential `id` with its person: from memory while the stamp has not moved since it was
   * loaded and `stillFresh` accepts it, otherwise from `load` (null: no such credential).
   */
  async get(
    id: string,
    load: () => Promise<KnownCredential | null>,
    stillFresh: (known: KnownCredential) => boolean,
  ): Promise<KnownCredential | null> {
    const token = await this.readStamp();
    const entry = this.entries.get(id);
    if (entry?.token === token && this.now() - entry.loadedAt < MAX_AGE_MS && stillFresh(entry.known)) {
      return entry.known;
    }
    const known = await load();
    if (known) this.entries.set(id, { token, loadedAt: this.now(), known });
    else this.entries.delete(id);
    return known;
  }
}
