import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { User } from '@ppm/shared';

import type { ApiError } from '../http/api-error';
import { AuthApiActions, SessionActions, SignInPageActions } from './session.actions';

/**
 * unknown: start-up has not heard from the server yet · loading: signing in ·
 * signed_in · signed_out · failed: signing in (or finding out at start-up) went wrong.
 */
export type SessionStatus = 'unknown' | 'loading' | 'signed_in' | 'signed_out' | 'failed';

export interface SessionState {
  /** The signed-in person, or null. */
  user: User | null;
  status: SessionStatus;
  /** Why signing in (or restoring the session) failed. */
  error: ApiError | null;
}

export const initialSessionState: SessionState = { user: null, status: 'unknown', error: null };

const signedIn = (_state: SessionState, { user }: { user: User }): SessionState => ({
  user,
  status: 'signed_in',
  error: null,
});

const signedOut = (): SessionState => ({ user: null, status: 'signed_out', error: null });

const failed = (_state: SessionState, { error }: { error: ApiError }): SessionState => ({
  user: null,
  status: 'failed',
  error,
});

export const sessionFeature = createFeature({
  name: 'session',
  reducer: createReducer(
    initialSessionState,
    on(
      SessionActions.restored,
      AuthApiActions.signInSucceeded,
      AuthApiActions.passwordSet,
      signedIn,
    ),
    on(SessionActions.absent, SessionActions.expired, AuthApiActions.signOutSucceeded, signedOut),
    on(SessionActions.restoreFailed, AuthApiActions.signInFailed, failed),
    on(SignInPageActions.opened, (state): SessionState =>
      state.status === 'failed' ? { ...state, status: 'signed_out', error: null } : state,
    ),
    on(SignInPageActions.submitted, (state): SessionState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(
      AuthApiActions.languageSaved,
      AuthApiActions.profileSaved,
      AuthApiActions.passwordChanged,
      (state, { user }): SessionState => (state.user ? { ...state, user } : state),
    ),
  ),
  extraSelectors: ({ selectUser, selectStatus }) => ({
    /** False until start-up has heard from the server. */
    selectIsResolved: createSelector(selectStatus, (status) => status !== 'unknown'),
    selectIsSignedIn: createSelector(selectUser, (user) => user !== null),
    selectRole: createSelector(selectUser, (user) => user?.role ?? null),
    selectMustChangePassword: createSelector(
      selectUser,
      (user) => user?.mustChangePassword ?? false,
    ),
  }),
});

export const {
  selectSessionState,
  selectUser,
  selectStatus: selectSessionStatus,
  selectError: selectSessionError,
  selectIsResolved,
  selectIsSignedIn,
  selectRole,
  selectMustChangePassword,
} = sessionFeature;
