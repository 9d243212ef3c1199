import { z } from 'zod';
import type { EntryDifference, EntryField, EntryValues } from './entry-diff.js';
import type { ReportActor } from './review.schema.js';

export const REVISION_KINDS = ['created', 'saved', 'file_added', 'file_removed'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** One stored state of a report's answers: who changed which fields of which entries, and when. */
export interface RevisionSummary {
  version: number;
  at: string;
  by: ReportActor;
  kind: RevisionKind;
  /** "carriedOver" when an entry was only confirmed as still valid. */
  changes: { actionCode: string; fields: (EntryField | 'carriedOver')[] }[];
}

export interface RevisionComparison {
  from: RevisionSummary;
  to: RevisionSummary;
  entries: EntryDifference[];
}

const revisionNumber = z
  .string()
  .regex(/^\d{1,9}$/, 'must be a revision number such as 3')
  .transform(Number);

export const compareRevisionsQuerySchema = z.strictObject({ from: revisionNumber, to: revisionNumber });

/** A report against the state's report of the cycle it started from. */
export interface CycleChanges {
  previous: { cycleId: string; name: { en: string; ru: string } } | null;
  entries: {
    actionCode: string;
    carriedOver: boolean;
    /** Fields that differ from the previous cycle; every field when the action is new. */
    changedFields: EntryField[];
    previous: EntryValues | null;
    current: EntryValues;
  }[];
}
