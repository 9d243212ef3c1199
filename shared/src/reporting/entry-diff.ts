import type { ReportEntry } from './report.schema.js';

/** The parts of an entry a person answers; revisions and comparisons speak of these. */
export const ENTRY_FIELDS = [
  'participation',
  'status',
  'narrative',
  'obstacles',
  'supportNeeded',
  'links',
  'files',
  'indicators',
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

/** An entry's answers, flat, as compared between revisions or cycles. */
export type EntryValues = Pick<
  ReportEntry,
  'participation' | 'status' | 'narrative' | 'obstacles' | 'supportNeeded' | 'indicators'
> & {
  links: ReportEntry['evidence']['links'];
  files: ReportEntry['evidence']['files'];
};

export function entryValues(entry: ReportEntry): EntryValues {
  return {
    participation: entry.participation,
    status: entry.status,
    narrative: entry.narrative,
    obstacles: entry.obstacles,
    supportNeeded: entry.supportNeeded,
    links: entry.evidence.links,
    files: entry.evidence.files,
    indicators: entry.indicators,
  };
}

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The fields whose answers differ between two versions of one entry (a changed language counts). */
export function changedFields(before: ReportEntry, after: ReportEntry): EntryField[] {
  const a = entryValues(before);
  const b = entryValues(after);
  return ENTRY_FIELDS.filter((field) => canonical(a[field]) !== canonical(b[field]));
}

export interface FieldDifference {
  field: EntryField;
  from: unknown;
  to: unknown;
}

export interface EntryDifference {
  actionCode: string;
  fields: FieldDifference[];
}

/**
 * Entry by entry (matched by action code, in the order of `after`, then entries only `before`
 * had), the fields that differ with both values; an entry missing on one side has `null` there.
 */
export function diffEntries(before: readonly ReportEntry[], after: readonly ReportEntry[]): EntryDifference[] {
  const beforeByCode = new Map(before.map((entry) => [entry.actionCode, entry]));
  const afterCodes = new Set(after.map((entry) => entry.actionCode));
  const differences: EntryDifference[] = [];
  for (const entry of after) {
    const old = beforeByCode.get(entry.actionCode);
    const values = entryValues(entry);
    if (!old) {
      differences.push({
        actionCode: entry.actionCode,
        fields: ENTRY_FIELDS.map((field) => ({ field, from: null, to: values[field] })),
      });
      continue;
    }
    const oldValues = entryValues(old);
    const fields = changedFields(old, entry).map((field) => ({ field, from: oldValues[field], to: values[field] }));
    if (fields.length > 0) differences.push({ actionCode: entry.actionCode, fields });
  }
  for (const old of before) {
    if (afterCodes.has(old.actionCode)) continue;
    const oldValues = entryValues(old);
    differences.push({
      actionCode: old.actionCode,
      fields: ENTRY_FIELDS.map((field) => ({ field, from: oldValues[field], to: null })),
    });
  }
  return differences;
}
