import { changedFields, type EntryChange, type EntryField, type ReportEntry } from '@ppm/shared';
import { AppError, type FieldError } from '../../platform/http/app-error.js';
import { toEntryView } from './report-view.js';

export interface EntryChangeSummary {
  actionCode: string;
  fields: (EntryField | 'carriedOver')[];
}

export interface AppliedChanges {
  entries: ReportEntry[];
  /** Per touched entry, what changed; empty when the save changed nothing. */
  changes: EntryChangeSummary[];
}

function applyOne(entry: ReportEntry, change: EntryChange): ReportEntry {
  const next = toEntryView(entry);
  if (change.participation !== undefined) next.participation = change.participation;
  if (change.status !== undefined) next.status = change.status;
  if (change.narrative !== undefined) next.narrative = { ...change.narrative };
  if (change.obstacles !== undefined) next.obstacles = { ...change.obstacles };
  if (change.supportNeeded !== undefined) {
    next.supportNeeded = {
      categories: [...new Set(change.supportNeeded.categories)],
      text: { ...change.supportNeeded.text },
    };
  }
  if (change.links !== undefined)
    next.evidence = { ...next.evidence, links: change.links.map((link) => ({ ...link })) };
  if (change.indicators !== undefined) next.indicators = change.indicators.map((indicator) => ({ ...indicator }));
  // A state that does not take part has no implementation status ("not participating" ≠ "not started").
  if (next.participation === 'not_participating') next.status = null;
  next.carriedOver = false;
  return next;
}

/**
 * Applies a save's entry changes (a subset of the entries; fields left out stay). Every touched
 * entry loses `carriedOver`, even when sent unchanged: that is how a person confirms it. Unknown
 * or repeated action codes, and a status for an action the state does not take part in, are 400.
 */
export function applyEntryChanges(entries: readonly ReportEntry[], changes: readonly EntryChange[]): AppliedChanges {
  const indexByCode = new Map(entries.map((entry, index) => [entry.actionCode, index]));
  const problems: FieldError[] = [];
  const unknown: string[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    if (!indexByCode.has(change.actionCode)) {
      unknown.push(change.actionCode);
      problems.push({
        path: `entries.${index}.actionCode`,
        message: `${change.actionCode} is not an action of this report`,
        actionCode: change.actionCode,
      });
    } else if (seen.has(change.actionCode)) {
      problems.push({
        path: `entries.${index}.actionCode`,
        message: `${change.actionCode} is sent twice`,
        actionCode: change.actionCode,
      });
    }
    seen.add(change.actionCode);
    const participation =
      change.participation !== undefined
        ? change.participation
        : entries[indexByCode.get(change.actionCode) ?? -1]?.participation;
    if (participation === 'not_participating' && change.status) {
      problems.push({
        path: `entries.${index}.status`,
        message: 'must be empty when the state does not take part in the action',
        actionCode: change.actionCode,
      });
    }
  });
  if (problems.length > 0) {
    const message = unknown.length > 0 ? `Unknown actions: ${unknown.join(', ')}.` : 'The report is not valid.';
    throw AppError.badRequest(message, problems);
  }

  const next = [...entries];
  const summaries: EntryChangeSummary[] = [];
  for (const change of changes) {
    const index = indexByCode.get(change.actionCode)!;
    const before = entries[index]!;
    const after = applyOne(before, change);
    next[index] = after;
    const fields: EntryChangeSummary['fields'] = changedFields(before, after);
    if (before.carriedOver && !after.carriedOver) fields.push('carriedOver');
    if (fields.length > 0) summaries.push({ actionCode: change.actionCode, fields });
  }
  return { entries: next, changes: summaries };
}
