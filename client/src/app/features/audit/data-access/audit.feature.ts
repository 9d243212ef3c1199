import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import type { Locale } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import type { AuditEntry } from './audit.api';
import { type DiffRow, diffValues } from './audit-diff';
import { type AuditNames, NO_AUDIT_NAMES, textIn } from './audit-names';

/** loadingMore: an older page on its way while the newer ones stay on screen. */
export type AuditStatus = 'idle' | 'loading' | 'loadingMore' | 'loaded' | 'failed';

export interface AuditState {
  entries: AuditEntry[];
  nextBefore: string | null;
  /** Only changes of this kind of thing; null for all. */
  entity: string | null;
  status: AuditStatus;
  error: ApiError | null;
  names: AuditNames;
}

export const initialAuditState: AuditState = {
  entries: [],
  nextBefore: null,
  entity: null,
  status: 'idle',
  error: null,
  names: NO_AUDIT_NAMES,
};

/** The kinds of things the log records, in the order the filter offers them. */
export const AUDIT_ENTITIES = [
  'action',
  'area',
  'action_plan',
  'state',
  'region',
  'user',
  'cycle',
] as const;

/** Verbs we can say in both languages; others are shown as they are. */
export const KNOWN_AUDIT_VERBS: readonly string[] = [
  'action.created',
  'action.updated',
  'action.retired',
  'action.restored',
  'area.updated',
  'area.actions_reordered',
  'action_plan.imported',
  'state.updated',
  'region.created',
  'region.updated',
  'user.created',
  'user.updated',
  'user.password_reset_started',
  'user.invitation_resent',
  'cycle.created',
  'cycle.updated',
  'cycle.deadline_extended',
];

/** An entry ready to show: who, when, what, which thing, and the changed fields. */
export interface AuditEntryView {
  readonly id: string;
  readonly at: string;
  readonly actorName: string;
  readonly actorEmail: string;
  readonly action: string;
  readonly known: boolean;
  readonly entity: string;
  readonly entityKnown: boolean;
  /** How the changed thing is named (a translation key) and with what: never a database id. */
  readonly subjectKey: string;
  readonly subjectParams: Readonly<Record<string, string>>;
  readonly changes: readonly DiffRow[];
}

/** A person's or cycle's name as the entry recorded it (a cycle's in the reader's language). */
function recordedName(value: unknown, locale: Locale): string | null {
  if (value === null || typeof value !== 'object') {
    return null;
  }
  const { name, email } = value as { name?: unknown; email?: unknown };
  return textIn(name, locale) ?? (typeof email === 'string' ? email : null);
}

/** The thing an entry changed, named in the reader's language. */
function subjectOf(
  entry: AuditEntry,
  names: AuditNames,
  locale: Locale,
): Pick<AuditEntryView, 'subjectKey' | 'subjectParams'> {
  const code = entry.entityId;
  const named = (name: string | null, params: Record<string, string> = {}) =>
    name
      ? { subjectKey: `audit.subjects.${entry.entity}`, subjectParams: { ...params, name } }
      : { subjectKey: `audit.unnamed.${entry.entity}`, subjectParams: params };
  switch (entry.entity) {
    case 'action':
      return named(
        textIn(names.actions[code], locale) ??
          textIn((entry.after as { title?: unknown } | null)?.title, locale),
        { code },
      );
    case 'area':
      return named(textIn(names.areas[code], locale), { code });
    case 'state':
      return named(textIn(names.states[code], locale) ?? recordedName(entry.after, locale), {
        code,
      });
    case 'region':
      return named(textIn(names.regions[code], locale) ?? recordedName(entry.after, locale), {
        code,
      });
    case 'cycle':
      return named(
        textIn(names.cycles[code], locale) ??
          recordedName(entry.after, locale) ??
          recordedName(entry.before, locale),
      );
    case 'user':
      return named(recordedName(entry.after, locale) ?? recordedName(entry.before, locale));
    case 'action_plan':
      return { subjectKey: 'audit.subjects.action_plan', subjectParams: {} };
    default:
      return { subjectKey: 'audit.subjects.other', subjectParams: { entity: entry.entity } };
  }
}

export function toEntryView(
  entry: AuditEntry,
  names: AuditNames = NO_AUDIT_NAMES,
  locale: Locale = 'en',
): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at,
    actorName: entry.actor.name,
    actorEmail: entry.actor.email,
    action: entry.action,
    known: KNOWN_AUDIT_VERBS.includes(entry.action),
    entity: entry.entity,
    entityKnown: (AUDIT_ENTITIES as readonly string[]).includes(entry.entity),
    ...subjectOf(entry, names, locale),
    changes: diffValues(entry.before, entry.after),
  };
}

export const auditFeature = createFeature({
  name: 'audit',
  reducer: createReducer(
    initialAuditState,
    on(AuditPageActions.opened, (state): AuditState => ({
      ...state,
      entries: [],
      nextBefore: null,
      status: 'loading',
      error: null,
    })),
    on(AuditPageActions.entityFilterChanged, (state, { entity }): AuditState => ({
      ...state,
      entity,
      entries: [],
      nextBefore: null,
      status: 'loading',
      error: null,
    })),
    on(AuditPageActions.loadMoreClicked, (state): AuditState =>
      state.nextBefore ? { ...state, status: 'loadingMore', error: null } : state,
    ),
    on(AuditApiActions.pageLoaded, (state, { entries, nextBefore, append }): AuditState => ({
      ...state,
      entries: append ? [...state.entries, ...entries] : entries,
      nextBefore,
      status: 'loaded',
    })),
    on(AuditApiActions.namesLoaded, (state, { names }): AuditState => ({ ...state, names })),
    on(AuditApiActions.pageLoadFailed, (state, { error }): AuditState => ({
      ...state,
      status: 'failed',
      error,
    })),
  ),
  extraSelectors: ({ selectEntries, selectNextBefore, selectNames }) => ({
    selectEntryViews: createSelector(
      selectEntries,
      selectNames,
      selectLocale,
      (entries, names, locale) => entries.map((entry) => toEntryView(entry, names, locale)),
    ),
    selectHasMore: createSelector(selectNextBefore, (nextBefore) => nextBefore !== null),
  }),
});

export const {
  selectEntries: selectAuditEntries,
  selectNextBefore,
  selectEntity: selectAuditEntity,
  selectStatus: selectAuditStatus,
  selectError: selectAuditError,
  selectEntryViews,
  selectHasMore,
} = auditFeature;
