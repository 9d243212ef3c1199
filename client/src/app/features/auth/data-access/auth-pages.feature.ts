import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import type { ApiError } from '../../../core/http';
import { AuthApiActions } from '../../../core/session';
import type { LinkDescription } from './account-links.api';
import {
  AccountLinksApiActions,
  ForgotPasswordFormActions,
  SetPasswordPageActions,
} from './auth-pages.actions';

export type RequestStatus = 'idle' | 'saving' | 'saved' | 'failed';
export type LinkStatus = 'idle' | 'loading' | 'loaded' | 'saving' | 'failed';

/** Why a link page cannot offer its form. */
export type LinkProblem = 'expired' | 'invalid' | 'unavailable';

export interface AuthPagesState {
  /** The "forgot password" request. */
  resetStatus: RequestStatus;
  resetError: ApiError | null;
  /** The one-time link being looked at, once the server described it. */
  link: LinkDescription | null;
  linkStatus: LinkStatus;
  /** Why describing the link, or setting the password through it, failed. */
  linkError: ApiError | null;
}

export const initialAuthPagesState: AuthPagesState = {
  resetStatus: 'idle',
  resetError: null,
  link: null,
  linkStatus: 'idle',
  linkError: null,
};

export const authPagesFeature = createFeature({
  name: 'authPages',
  reducer: createReducer(
    initialAuthPagesState,
    on(ForgotPasswordFormActions.opened, (state): AuthPagesState => ({
      ...state,
      resetStatus: 'idle',
      resetError: null,
    })),
    on(ForgotPasswordFormActions.submitted, (state): AuthPagesState => ({
      ...state,
      resetStatus: 'saving',
      resetError: null,
    })),
    on(AccountLinksApiActions.resetRequested, (state): AuthPagesState => ({
      ...state,
      resetStatus: 'saved',
    })),
    on(AccountLinksApiActions.resetRequestFailed, (state, { error }): AuthPagesState => ({
      ...state,
      resetStatus: 'failed',
      resetError: error,
    })),
    on(SetPasswordPageActions.opened, (state): AuthPagesState => ({
      ...state,
      link: null,
      linkStatus: 'loading',
      linkError: null,
    })),
    on(AccountLinksApiActions.linkDescribed, (state, { link }): AuthPagesState => ({
      ...state,
      link,
      linkStatus: 'loaded',
    })),
    on(AccountLinksApiActions.linkDescriptionFailed, (state, { error }): AuthPagesState => ({
      ...state,
      link: null,
      linkStatus: 'failed',
      linkError: error,
    })),
    on(SetPasswordPageActions.submitted, (state): AuthPagesState => ({
      ...state,
      linkStatus: 'saving',
      linkError: null,
    })),
    on(AuthApiActions.passwordSet, (state): AuthPagesState => ({
      ...state,
      linkStatus: 'idle',
      link: null,
      linkError: null,
    })),
    on(AuthApiActions.passwordSetFailed, (state, { error }): AuthPagesState => ({
      ...state,
      linkStatus: 'failed',
      linkError: error,
    })),
  ),
  extraSelectors: ({ selectLinkError, selectLinkStatus }) => ({
    /**
     * Why the link's form cannot be shown: expired or used (410), unknown (404), or the
     * server could not be asked. Field problems of a submitted password are not one.
     */
    selectLinkProblem: createSelector(
      selectLinkError,
      selectLinkStatus,
      (error, status): LinkProblem | null => {
        if (!error || status !== 'failed') {
          return null;
        }
        if (error.status === 410) {
          return 'expired';
        }
        if (error.status === 404) {
          return 'invalid';
        }
        return error.status === 400 ? null : 'unavailable';
      },
    ),
  }),
});

export const {
  selectResetStatus,
  selectResetError,
  selectLink,
  selectLinkStatus,
  selectLinkError,
  selectLinkProblem,
} = authPagesFeature;
