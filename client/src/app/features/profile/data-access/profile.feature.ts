import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { LocalizedText, PersonalToken } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import { AuthApiActions, SessionActions } from '../../../core/session';
import type { CreatedToken } from './personal-tokens.api';
import {
  ChangePasswordPageActions,
  PersonalTokensApiActions,
  ProfilePageActions,
  StateNamesApiActions,
} from './profile.actions';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';
export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'failed';

export interface ProfileState {
  /** Name and language. */
  detailsStatus: SaveStatus;
  detailsError: ApiError | null;
  passwordStatus: SaveStatus;
  passwordError: ApiError | null;
  tokens: EntityState<PersonalToken>;
  tokensStatus: LoadStatus;
  tokensError: ApiError | null;
  tokenCreateStatus: SaveStatus;
  tokenCreateError: ApiError | null;
  /** The token just created, with its secret: shown once, until dismissed. */
  createdToken: CreatedToken | null;
  /** Tokens whose revocation is under way. */
  revokingIds: string[];
  /** The person's state by name (null until known, or for people of no state). */
  stateName: LocalizedText | null;
}

/** Newest first, as the server lists them. */
export const tokensAdapter = createEntityAdapter<PersonalToken>({
  sortComparer: (a, b) => b.createdAt.localeCompare(a.createdAt),
});

export const initialProfileState: ProfileState = {
  detailsStatus: 'idle',
  detailsError: null,
  passwordStatus: 'idle',
  passwordError: null,
  tokens: tokensAdapter.getInitialState(),
  tokensStatus: 'idle',
  tokensError: null,
  tokenCreateStatus: 'idle',
  tokenCreateError: null,
  createdToken: null,
  revokingIds: [],
  stateName: null,
};

/** Forms start afresh whenever their page opens: no stale "saved" or errors. */
const freshForms = {
  detailsStatus: 'idle',
  detailsError: null,
  passwordStatus: 'idle',
  passwordError: null,
  tokenCreateStatus: 'idle',
  tokenCreateError: null,
  createdToken: null,
} satisfies Partial<ProfileState>;

/** The token without its secret, for the list. */
function withoutSecret(token: CreatedToken): PersonalToken {
  const { id, name, createdAt, expiresAt, lastUsedAt } = token;
  return { id, name, createdAt, expiresAt, lastUsedAt };
}

export const profileFeature = createFeature({
  name: 'profile',
  reducer: createReducer(
    initialProfileState,
    on(ProfilePageActions.opened, (state): ProfileState => ({
      ...state,
      ...freshForms,
      tokensStatus: 'loading',
      tokensError: null,
    })),
    on(StateNamesApiActions.stateNameLoaded, (state, { stateName }): ProfileState => ({
      ...state,
      stateName,
    })),
    on(ChangePasswordPageActions.opened, (state): ProfileState => ({ ...state, ...freshForms })),
    on(ProfilePageActions.detailsSubmitted, (state): ProfileState => ({
      ...state,
      detailsStatus: 'saving',
      detailsError: null,
    })),
    on(AuthApiActions.profileSaved, (state): ProfileState => ({
      ...state,
      detailsStatus: 'saved',
    })),
    on(AuthApiActions.profileSaveFailed, (state, { error }): ProfileState => ({
      ...state,
      detailsStatus: 'failed',
      detailsError: error,
    })),
    on(
      ProfilePageActions.passwordSubmitted,
      ChangePasswordPageActions.submitted,
      (state): ProfileState => ({ ...state, passwordStatus: 'saving', passwordError: null }),
    ),
    on(AuthApiActions.passwordChanged, (state): ProfileState => ({
      ...state,
      passwordStatus: 'saved',
    })),
    on(AuthApiActions.passwordChangeFailed, (state, { error }): ProfileState => ({
      ...state,
      passwordStatus: 'failed',
      passwordError: error,
    })),
    on(PersonalTokensApiActions.tokensLoaded, (state, { tokens }): ProfileState => ({
      ...state,
      tokens: tokensAdapter.setAll(tokens, state.tokens),
      tokensStatus: 'loaded',
    })),
    on(PersonalTokensApiActions.tokensLoadFailed, (state, { error }): ProfileState => ({
      ...state,
      tokensStatus: 'failed',
      tokensError: error,
    })),
    on(ProfilePageActions.tokenCreateSubmitted, (state): ProfileState => ({
      ...state,
      tokenCreateStatus: 'saving',
      tokenCreateError: null,
      createdToken: null,
    })),
    on(PersonalTokensApiActions.tokenCreated, (state, { token }): ProfileState => ({
      ...state,
      tokens: tokensAdapter.addOne(withoutSecret(token), state.tokens),
      tokenCreateStatus: 'saved',
      createdToken: token,
    })),
    on(PersonalTokensApiActions.tokenCreateFailed, (state, { error }): ProfileState => ({
      ...state,
      tokenCreateStatus: 'failed',
      tokenCreateError: error,
    })),
    on(ProfilePageActions.createdTokenDismissed, (state): ProfileState => ({
      ...state,
      createdToken: null,
      tokenCreateStatus: 'idle',
    })),
    on(ProfilePageActions.tokenRevokeConfirmed, (state, { id }): ProfileState => ({
      ...state,
      revokingIds: [...state.revokingIds, id],
    })),
    on(PersonalTokensApiActions.tokenRevoked, (state, { id }): ProfileState => ({
      ...state,
      tokens: tokensAdapter.removeOne(id, state.tokens),
      revokingIds: state.revokingIds.filter((revoking) => revoking !== id),
      createdToken: state.createdToken?.id === id ? null : state.createdToken,
    })),
    on(PersonalTokensApiActions.tokenRevokeFailed, (state, { id }): ProfileState => ({
      ...state,
      revokingIds: state.revokingIds.filter((revoking) => revoking !== id),
    })),
    on(
      AuthApiActions.signOutSucceeded,
      SessionActions.expired,
      (): ProfileState => initialProfileState,
    ),
  ),
  extraSelectors: ({ selectTokens }) => ({
    ...tokensAdapter.getSelectors(selectTokens),
  }),
});

export const {
  selectDetailsStatus,
  selectDetailsError,
  selectPasswordStatus,
  selectPasswordError,
  selectTokensStatus,
  selectTokenCreateStatus,
  selectTokenCreateError,
  selectCreatedToken,
  selectRevokingIds,
  selectStateName,
  selectAll: selectAllTokens,
} = profileFeature;
