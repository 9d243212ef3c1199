import { Injectable } from '@angular/core';

import { REPORT_DRAFT_PREFIX, browserStorage } from '../../../core/storage/kept-drafts';
import type { ReportEdits } from './entry-edits';

/** Whose edits of which report: one person may edit several reports, and share a computer. */
export interface DraftKey {
  readonly cycleId: string;
  readonly stateCode: string;
  readonly userId: string;
}

/** Edits kept on this device until the server confirms them. */
export interface StoredDraft {
  /** The report version the edits were based on when last written. */
  readonly version: number;
  /** When they were written, ISO. */
  readonly savedAt: string;
  readonly edits: ReportEdits;
}

export function draftStorageKey({ cycleId, stateCode, userId }: DraftKey): string {
  return `${REPORT_DRAFT_PREFIX}.${cycleId}.${stateCode}.${userId}`;
}

function isStoredDraft(value: unknown): value is StoredDraft {
  const draft = value as { version?: unknown; savedAt?: unknown; edits?: unknown } | null;
  return (
    typeof draft?.version === 'number' &&
    typeof draft.savedAt === 'string' &&
    draft.edits !== null &&
    typeof draft.edits === 'object' &&
    !Array.isArray(draft.edits)
  );
}

/**
 * Unsaved edits of a report in `localStorage`, per (cycle, state, person), so that a dropped
 * connection or a closed tab loses nothing. Storage that is full or switched off (private
 * windows) makes writes fail quietly: the edits still live in memory and reach the server.
 */
@Injectable({ providedIn: 'root' })
export class DraftStorage {
  private readonly storage: Storage | null = browserStorage();

  read(key: DraftKey): StoredDraft | null {
    try {
      const raw = this.storage?.getItem(draftStorageKey(key));
      if (!raw) {
        return null;
      }
      const parsed: unknown = JSON.parse(raw);
      return isStoredDraft(parsed) && Object.keys(parsed.edits).length > 0 ? parsed : null;
    } catch {
      return null;
    }
  }

  /** True when the edits are kept. */
  write(key: DraftKey, draft: StoredDraft): boolean {
    try {
      this.storage?.setItem(draftStorageKey(key), JSON.stringify(draft));
      return this.storage !== null;
    } catch {
      return false;
    }
  }

  clear(key: DraftKey): void {
    try {
      this.storage?.removeItem(draftStorageKey(key));
    } catch {
      // Nothing to do: storage is unavailable.
    }
  }
}
