import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import type { ApiError } from '../../../core/http';
import { AuditApiActions, AuditPageActions } from './audit.actions';
import type { AuditEntry } from './audit.api';
import { type DiffRow, diffValues } from './audit-diff';

/** loadingMore: an older page on its way while the newer ones stay on screen. */
export type AuditStatus = 'idle' | 'loading' | 'loadingMore' | 'loaded' | 'failed';

export interface AuditState {
  entries: AuditEntry[];
  nextBefore: string | null;
  /** Only changes of this kind of thing; null for all. */
  entity: string | null;
  status: AuditStatus;
  error: ApiError | null;
}

export const initialAuditState: AuditState = {
  entries: [],
  nextBefore: null,
  entity: null,
  status: 'idle',
  error: null,
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
  /** The changed thing's code, or a name when its id means nothing to a person. */
  readonly subject: string;
  readonly changes: readonly DiffRow[];
}

function nameIn(value: unknown): string | null {
  if (value === null || typeof value !== 'object') {
    return null;
  }
  const { name, email } = value as { name?: unknown; email?: unknown };
  if (typeof name === 'string') {
    return name;
  }
  if (
    name !== null &&
    typeof name === 'object' &&
    typeof (name as { en?: unknown }).en === 'string'
  ) {
    return (name as { en: string }).en;
  }
  return typeof email === 'string' ? email : null;
}

export function toEntryView(entry: AuditEntry): AuditEntryView {
  // People and cycles have opaque ids; their name says more.
  const opaque = entry.entity === 'user' || entry.entity === 'cycle';
  return {
    id: entry.id,
    at: entry.at,
    actorName: entry.actor.name,
    actorEmail: entry.actor.email,
    action: entry.action,
    known: KNOWN_AUDIT_VERBS.includes(entry.action),
    entity: entry.entity,
    entityKnown: (AUDIT_ENTITIES as readonly string[]).includes(entry.entity),
    subject: opaque
      ? (nameIn(entry.after) ?? nameIn(entry.before) ?? entry.entityId)
      : entry.action === 'action_plan.imported'
        ? ''
        : entry.entityId,
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
    on(AuditApiActions.pageLoadFailed, (state, { error }): AuditState => ({
      ...state,
      status: 'failed',
      error,
    })),
  ),
  extraSelectors: ({ selectEntries, selectNextBefore }) => ({
    selectEntryViews: createSelector(selectEntries, (entries) => entries.map(toEntryView)),
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
