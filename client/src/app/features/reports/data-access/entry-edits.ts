import type { EntryChange, ReportEntry } from '@ppm/shared';

import {
  INDICATOR_NAME_MAX_LENGTH,
  INDICATOR_NOTE_MAX_LENGTH,
  INDICATOR_UNIT_MAX_LENGTH,
  LINK_TITLE_MAX_LENGTH,
  LINK_URL_MAX_LENGTH,
  MAX_INDICATORS_PER_ENTRY,
  MAX_LINKS_PER_ENTRY,
  MAX_TEXT_LENGTH,
} from './reporting-rules';

/**
 * Edits the person has made and the server has not confirmed yet, as plain data: per action,
 * the new value of each changed field and the server's value it was based on. The base makes
 * a three-way merge possible: when the server's value moves on (a colleague saved, a file was
 * uploaded), an edit of an untouched field is simply re-applied on top, and only a field both
 * sides changed is a conflict for the person to decide. Nothing is ever overwritten silently.
 */

/** The answers of an entry a save can change, as `PUT /reports` takes them. */
export const EDITABLE_FIELDS = [
  'participation',
  'status',
  'narrative',
  'obstacles',
  'supportNeeded',
  'links',
  'indicators',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export interface EditableValues {
  readonly participation: ReportEntry['participation'];
  readonly status: ReportEntry['status'];
  readonly narrative: ReportEntry['narrative'];
  readonly obstacles: ReportEntry['obstacles'];
  readonly supportNeeded: ReportEntry['supportNeeded'];
  readonly links: ReportEntry['evidence']['links'];
  readonly indicators: ReportEntry['indicators'];
}

/** New values of some fields of one entry. */
export type EntryPatch = Partial<EditableValues>;

export interface EntryEdit {
  /** The person's values of the fields they changed. */
  readonly values: EntryPatch;
  /** The server's value of each of those fields when the person changed it. */
  readonly base: EntryPatch;
  /** A carried-over entry the person confirmed as still valid, without changing it. */
  readonly reviewed?: boolean;
}

/** Unconfirmed edits by action code. */
export type ReportEdits = Readonly<Record<string, EntryEdit>>;

/** What a save sent, by action code: to tell, when the answer comes, which edits it confirmed. */
export type SentChanges = Readonly<Record<string, EntryPatch>>;

/** A field both the person and someone else changed since the person's edit was based on it. */
export interface ConflictField {
  readonly actionCode: string;
  readonly field: EditableField;
  /** The person's value. */
  readonly mine: unknown;
  /** The value the server holds now. */
  readonly theirs: unknown;
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

export function editableValues(entry: ReportEntry): EditableValues {
  return {
    participation: entry.participation,
    status: entry.status,
    narrative: entry.narrative,
    obstacles: entry.obstacles,
    supportNeeded: entry.supportNeeded,
    links: entry.evidence.links,
    indicators: entry.indicators,
  };
}

function patchFields(patch: EntryPatch): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => field in patch);
}

function withField(patch: EntryPatch, field: EditableField, value: unknown): EntryPatch {
  return { ...patch, [field]: value };
}

function withoutField(patch: EntryPatch, field: EditableField): EntryPatch {
  const { [field]: _dropped, ...rest } = patch;
  return rest;
}

function isEmptyEdit(edit: EntryEdit): boolean {
  return patchFields(edit.values).length === 0 && !edit.reviewed;
}

function withEdit(edits: ReportEdits, actionCode: string, edit: EntryEdit): ReportEdits {
  if (isEmptyEdit(edit)) {
    const { [actionCode]: _dropped, ...rest } = edits;
    return rest;
  }
  return { ...edits, [actionCode]: edit };
}

/**
 * Records the person's change of some fields of an entry. A field changed back to the value
 * it was based on is no longer an edit.
 */
export function applyPatch(
  edits: ReportEdits,
  server: ReportEntry,
  patch: EntryPatch,
): ReportEdits {
  const current = edits[server.actionCode] ?? { values: {}, base: {} };
  const serverValues = editableValues(server);
  let values = current.values;
  let base = current.base;
  for (const field of patchFields(patch)) {
    const fieldBase: unknown = field in base ? base[field] : serverValues[field];
    if (sameValue(patch[field], fieldBase)) {
      values = withoutField(values, field);
      base = withoutField(base, field);
    } else {
      values = withField(values, field, patch[field]);
      base = withField(base, field, fieldBase);
    }
  }
  return withEdit(edits, server.actionCode, { ...current, values, base });
}

/** Confirms a carried-over entry as still valid (the next save sends it unchanged). */
export function markReviewed(edits: ReportEdits, actionCode: string): ReportEdits {
  const current = edits[actionCode] ?? { values: {}, base: {} };
  return { ...edits, [actionCode]: { ...current, reviewed: true } };
}

/** The entry as the person sees it: the server's answers with their edits on top. */
export function mergeEntry(entry: ReportEntry, edit: EntryEdit | undefined): ReportEntry {
  if (!edit) {
    return entry;
  }
  const values = { ...editableValues(entry), ...edit.values };
  const touched = edit.reviewed === true || patchFields(edit.values).length > 0;
  return {
    ...entry,
    participation: values.participation,
    // "Not participating" has no implementation status; the server clears it too.
    status: values.participation === 'not_participating' ? null : values.status,
    narrative: values.narrative,
    obstacles: values.obstacles,
    supportNeeded: values.supportNeeded,
    evidence: { ...entry.evidence, links: values.links },
    indicators: values.indicators,
    carriedOver: entry.carriedOver && !touched,
  };
}

/** Why a value cannot be sent yet, so the edit waits on this device until it can. */
export function isSendable(field: EditableField, value: unknown): boolean {
  switch (field) {
    case 'narrative':
    case 'obstacles':
      return (value as EditableValues['narrative']).text.length <= MAX_TEXT_LENGTH;
    case 'supportNeeded':
      return (value as EditableValues['supportNeeded']).text.text.length <= MAX_TEXT_LENGTH;
    case 'links': {
      const links = value as EditableValues['links'];
      return links.length <= MAX_LINKS_PER_ENTRY && links.every(isCompleteLink);
    }
    case 'indicators': {
      const indicators = value as EditableValues['indicators'];
      return indicators.length <= MAX_INDICATORS_PER_ENTRY && indicators.every(isCompleteIndicator);
    }
    default:
      return true;
  }
}

/** A web address starting with http:// or https:// that the browser can parse. */
export function isWebAddress(url: string): boolean {
  const trimmed = url.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed) || trimmed.length > LINK_URL_MAX_LENGTH) {
    return false;
  }
  try {
    return Boolean(new URL(trimmed).hostname);
  } catch {
    return false;
  }
}

export function isCompleteLink(link: { title: string; url: string }): boolean {
  const title = link.title.trim();
  return title.length > 0 && title.length <= LINK_TITLE_MAX_LENGTH && isWebAddress(link.url);
}

export function isCompleteIndicator(indicator: EditableValues['indicators'][number]): boolean {
  const name = indicator.name.trim();
  return (
    name.length > 0 &&
    name.length <= INDICATOR_NAME_MAX_LENGTH &&
    Number.isFinite(indicator.value) &&
    indicator.unit.trim().length <= INDICATOR_UNIT_MAX_LENGTH &&
    indicator.note.trim().length <= INDICATOR_NOTE_MAX_LENGTH
  );
}

/** Fields edited but held back on this device until they are complete (a link without address). */
export function heldBackFields(edits: ReportEdits): { actionCode: string; field: EditableField }[] {
  return Object.entries(edits).flatMap(([actionCode, edit]) =>
    patchFields(edit.values)
      .filter((field) => !isSendable(field, edit.values[field]))
      .map((field) => ({ actionCode, field })),
  );
}

/** What to send in a save; trims links and indicators as the server would. */
function sendValue(field: EditableField, value: unknown): unknown {
  if (field === 'links') {
    return (value as EditableValues['links']).map((link) => ({
      title: link.title.trim(),
      url: link.url.trim(),
    }));
  }
  if (field === 'indicators') {
    return (value as EditableValues['indicators']).map((indicator) => ({
      name: indicator.name.trim(),
      value: indicator.value,
      unit: indicator.unit.trim(),
      note: indicator.note.trim(),
    }));
  }
  return value;
}

/**
 * The changed entries to send, each with only its changed fields that can be sent, and what
 * was sent (to recognise the server's confirmation); null when there is nothing to send.
 */
export function changesToSend(
  edits: ReportEdits,
  entries: readonly ReportEntry[],
): { entries: EntryChange[]; sent: SentChanges } | null {
  const byCode = new Map(entries.map((entry) => [entry.actionCode, entry]));
  const changes: EntryChange[] = [];
  const sent: Record<string, EntryPatch> = {};
  for (const [actionCode, edit] of Object.entries(edits)) {
    const server = byCode.get(actionCode);
    if (!server) {
      continue;
    }
    let fields = patchFields(edit.values).filter((field) => isSendable(field, edit.values[field]));
    const participation =
      'participation' in edit.values ? edit.values.participation : server.participation;
    if (participation === 'not_participating') {
      // The server refuses a status for an action the state does not take part in.
      fields = fields.filter((field) => field !== 'status');
    }
    if (fields.length === 0 && !(edit.reviewed && server.carriedOver)) {
      continue;
    }
    let patch: EntryPatch = {};
    for (const field of fields) {
      patch = withField(patch, field, sendValue(field, edit.values[field]));
    }
    sent[actionCode] = patch;
    changes.push({ actionCode, ...patch });
  }
  return changes.length > 0 ? { entries: changes, sent } : null;
}

/**
 * Re-bases the edits on a newer server report (after a save, an upload, a conflict, or when
 * restoring edits kept on this device). Per edited field:
 * - the server already holds the person's value: the edit is done;
 * - the server still holds the value the edit was based on: the edit stays;
 * - the server holds what this client sent (`sent`) and the person typed on: the edit stays,
 *   now based on the sent value;
 * - otherwise someone else changed it too: a conflict, which keeps the edit until decided.
 */
export function rebase(
  edits: ReportEdits,
  entries: readonly ReportEntry[],
  sent: SentChanges | null = null,
): { edits: ReportEdits; conflicts: ConflictField[] } {
  const byCode = new Map(entries.map((entry) => [entry.actionCode, entry]));
  let next: ReportEdits = {};
  const conflicts: ConflictField[] = [];
  for (const [actionCode, edit] of Object.entries(edits)) {
    const server = byCode.get(actionCode);
    if (!server) {
      // The action left the report (retired): nothing to apply the edit to.
      continue;
    }
    const theirs = editableValues(server);
    let values: EntryPatch = {};
    let base: EntryPatch = {};
    for (const field of patchFields(edit.values)) {
      const mine = edit.values[field];
      const sentValue = sent?.[actionCode];
      if (sameValue(mine, theirs[field])) {
        continue;
      }
      if (sameValue(theirs[field], edit.base[field])) {
        values = withField(values, field, mine);
        base = withField(base, field, edit.base[field]);
      } else if (sentValue && field in sentValue && sameValue(theirs[field], sentValue[field])) {
        values = withField(values, field, mine);
        base = withField(base, field, theirs[field]);
      } else {
        values = withField(values, field, mine);
        base = withField(base, field, edit.base[field]);
        conflicts.push({ actionCode, field, mine, theirs: theirs[field] });
      }
    }
    next = withEdit(next, actionCode, {
      values,
      base,
      ...(edit.reviewed && server.carriedOver ? { reviewed: true } : {}),
    });
  }
  return { edits: next, conflicts };
}

/** The person's decision on each conflicting field: keep theirs ("mine") or take the server's. */
export type ConflictChoice = 'mine' | 'theirs';

/**
 * Applies the decisions: a kept value is re-based on the server's current one (so the next
 * save puts it on top, knowingly); a dropped one is forgotten.
 */
export function resolveConflicts(
  edits: ReportEdits,
  entries: readonly ReportEntry[],
  choices: readonly { actionCode: string; field: EditableField; choice: ConflictChoice }[],
): ReportEdits {
  const byCode = new Map(entries.map((entry) => [entry.actionCode, entry]));
  let next = edits;
  for (const { actionCode, field, choice } of choices) {
    const edit = Object.hasOwn(next, actionCode) ? next[actionCode] : undefined;
    const server = byCode.get(actionCode);
    if (!edit || !server || !(field in edit.values)) {
      continue;
    }
    next =
      choice === 'mine'
        ? withEdit(next, actionCode, {
            ...edit,
            base: withField(edit.base, field, editableValues(server)[field]),
          })
        : withEdit(next, actionCode, {
            ...edit,
            values: withoutField(edit.values, field),
            base: withoutField(edit.base, field),
          });
  }
  return next;
}

/** How many field edits (and reviewed confirmations) are waiting. */
export function countEdits(edits: ReportEdits): number {
  return Object.values(edits).reduce(
    (sum, edit) => sum + Math.max(patchFields(edit.values).length, edit.reviewed ? 1 : 0),
    0,
  );
}
