/** Prefix of the report edits kept in `localStorage` until the server has them. */
export const REPORT_DRAFT_PREFIX = 'ppm.reportDraft.v1';

/** `localStorage`, or null where it is switched off (some private windows). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function holdsEdits(raw: string | null): boolean {
  try {
    const edits = (JSON.parse(raw ?? 'null') as { edits?: unknown } | null)?.edits;
    return typeof edits === 'object' && edits !== null && Object.keys(edits).length > 0;
  } catch {
    return false;
  }
}

/**
 * The storage keys of report edits this person wrote on this device and the server does not
 * have yet (keys end with the person's id; see the reports' `DraftStorage`).
 */
export function keptDraftKeys(storage: Storage | null, userId: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < (storage?.length ?? 0); index += 1) {
    const key = storage?.key(index);
    if (
      key?.startsWith(`${REPORT_DRAFT_PREFIX}.`) &&
      key.endsWith(`.${userId}`) &&
      holdsEdits(storage!.getItem(key))
    ) {
      keys.push(key);
    }
  }
  return keys;
}
