import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import type { ApiError } from '../../../core/http';
import { selectLocale } from '../../../core/i18n';
import { AuthApiActions, SessionActions } from '../../../core/session';
import { PeopleApiActions, PeoplePageActions, PersonDialogActions } from './people.actions';
import { type Account, NO_FILTER, type PeopleFilter, type StateOption } from './people.api';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * A password reset just started: its link when the server returned it (mail is not
 * configured: shown once, until dismissed), or null when the server mailed it.
 */
export interface RevealedLink {
  readonly personId: string;
  readonly url: string | null;
  /** A password reset, or a new invitation. */
  readonly kind: 'reset' | 'invitation';
}

export interface PeopleState extends EntityState<Account> {
  filter: PeopleFilter;
  status: LoadStatus;
  error: ApiError | null;
  states: StateOption[];
  statesStatus: LoadStatus;
  /** The invite or edit dialog. */
  dialogStatus: SaveStatus;
  dialogError: ApiError | null;
  /** The invitation link of the person just invited, when the server did not mail it. */
  inviteUrl: string | null;
  /** The password reset just started. */
  resetLink: RevealedLink | null;
  /** People whose row action (activation, reset) is under way. */
  busyIds: string[];
}

/** Alphabetical by name, as the server sorts. */
export const peopleAdapter = createEntityAdapter<Account>({
  sortComparer: (a, b) => a.name.localeCompare(b.name),
});

export const initialPeopleState: PeopleState = peopleAdapter.getInitialState({
  filter: NO_FILTER,
  status: 'idle',
  error: null,
  states: [],
  statesStatus: 'idle',
  dialogStatus: 'idle',
  dialogError: null,
  inviteUrl: null,
  resetLink: null,
  busyIds: [],
});

const notBusy = (state: PeopleState, id: string): string[] =>
  state.busyIds.filter((busy) => busy !== id);

export const peopleFeature = createFeature({
  name: 'people',
  reducer: createReducer(
    initialPeopleState,
    on(PeoplePageActions.opened, (state): PeopleState => ({
      ...state,
      status: 'loading',
      error: null,
      statesStatus: state.statesStatus === 'loaded' ? 'loaded' : 'loading',
      resetLink: null,
    })),
    on(PeoplePageActions.filterChanged, (state, { filter }): PeopleState => ({
      ...state,
      filter,
      status: 'loading',
      error: null,
    })),
    on(PeopleApiActions.peopleLoaded, (state, { people }): PeopleState => ({
      ...peopleAdapter.setAll(people, state),
      status: 'loaded',
    })),
    on(PeopleApiActions.peopleLoadFailed, (state, { error }): PeopleState => ({
      ...state,
      status: 'failed',
      error,
    })),
    on(PeopleApiActions.statesLoaded, (state, { states }): PeopleState => ({
      ...state,
      states,
      statesStatus: 'loaded',
    })),
    on(PeopleApiActions.statesLoadFailed, (state): PeopleState => ({
      ...state,
      statesStatus: 'failed',
    })),
    on(PersonDialogActions.opened, (state): PeopleState => ({
      ...state,
      dialogStatus: 'idle',
      dialogError: null,
      inviteUrl: null,
    })),
    on(
      PersonDialogActions.inviteSubmitted,
      PersonDialogActions.editSubmitted,
      (state): PeopleState => ({ ...state, dialogStatus: 'saving', dialogError: null }),
    ),
    on(PeopleApiActions.personInvited, (state, { user, inviteUrl }): PeopleState => ({
      ...peopleAdapter.upsertOne(user, state),
      dialogStatus: 'saved',
      inviteUrl,
    })),
    on(PeopleApiActions.personEdited, (state, { user }): PeopleState => ({
      ...peopleAdapter.upsertOne(user, state),
      dialogStatus: 'saved',
    })),
    on(
      PeopleApiActions.personInviteFailed,
      PeopleApiActions.personEditFailed,
      (state, { error }): PeopleState => ({ ...state, dialogStatus: 'failed', dialogError: error }),
    ),
    on(
      PeoplePageActions.activeChangeConfirmed,
      PeoplePageActions.passwordResetConfirmed,
      PeoplePageActions.invitationResendClicked,
      (state, { id }): PeopleState => ({
        ...state,
        busyIds: [...notBusy(state, id), id],
        resetLink: null,
      }),
    ),
    on(PeopleApiActions.activeChanged, (state, { user }): PeopleState => ({
      ...peopleAdapter.upsertOne(user, state),
      busyIds: notBusy(state, user.id),
    })),
    on(
      PeopleApiActions.activeChangeFailed,
      PeopleApiActions.passwordResetFailed,
      PeopleApiActions.invitationResendFailed,
      (state, { id }): PeopleState => ({ ...state, busyIds: notBusy(state, id) }),
    ),
    on(PeopleApiActions.invitationResent, (state, { user, inviteUrl }): PeopleState => ({
      ...peopleAdapter.upsertOne(user, state),
      busyIds: notBusy(state, user.id),
      resetLink: { personId: user.id, url: inviteUrl, kind: 'invitation' },
    })),
    on(PeopleApiActions.passwordResetStarted, (state, { id, resetUrl }): PeopleState => ({
      ...state,
      busyIds: notBusy(state, id),
      resetLink: { personId: id, url: resetUrl, kind: 'reset' },
    })),
    on(PeoplePageActions.resetLinkDismissed, (state): PeopleState => ({
      ...state,
      resetLink: null,
    })),
    on(
      AuthApiActions.signOutSucceeded,
      SessionActions.expired,
      (): PeopleState => initialPeopleState,
    ),
  ),
  extraSelectors: ({ selectPeopleState, selectStates, selectEntities, selectResetLink }) => ({
    ...peopleAdapter.getSelectors(selectPeopleState),
    /** States in the picker: by name in the language shown, active ones only. */
    selectStateOptions: createSelector(selectStates, selectLocale, (states, locale) =>
      states
        .filter((state) => state.active)
        .map((state) => ({ code: state.code, name: state.name[locale] || state.name.en }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    ),
    /** State names by code, in the language shown (inactive states included). */
    selectStateNames: createSelector(selectStates, selectLocale, (states, locale) =>
      Object.fromEntries(states.map((state) => [state.code, state.name[locale] || state.name.en])),
    ),
    /** The reset link on show, with the person it is for. */
    selectRevealedReset: createSelector(selectResetLink, selectEntities, (link, people) =>
      link ? { url: link.url, kind: link.kind, person: people[link.personId] ?? null } : null,
    ),
  }),
});

export const {
  selectFilter,
  selectStatus: selectPeopleStatus,
  selectStatesStatus,
  selectDialogStatus,
  selectDialogError,
  selectInviteUrl,
  selectBusyIds,
  selectAll: selectAllPeople,
  selectStateOptions,
  selectStateNames,
  selectRevealedReset,
} = peopleFeature;
