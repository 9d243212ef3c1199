import { ChangeStamp } from '../../platform/database/change-stamp.js';

/**
 * `change_stamps/{ _id: "reference" }`: its token changes whenever the action plan, a state or
 * a region changes, so every process can keep reference data in memory (ADR 13).
 */
export const referenceStamp = new ChangeStamp('reference');

/** Tells every server process that reference data changed; called right AFTER each write. */
export function markReferenceChanged(): Promise<void> {
  return referenceStamp.mark();
}

/** The current token, read by `_id`. */
export function readReferenceStamp(): Promise<string> {
  return referenceStamp.read();
}
