import type { PersonalToken } from '@ppm/shared';

import { ADMIN, anApiError } from '../../../../testing/fixtures';
import { AuthApiActions, SessionActions } from '../../../core/session';
import type { CreatedToken } from './personal-tokens.api';
import {
  ChangePasswordPageActions,
  PersonalTokensApiActions,
  ProfilePageActions,
} from './profile.actions';
import {
  type ProfileState,
  initialProfileState,
  profileFeature,
  selectAllTokens,
  tokensAdapter,
} from './profile.feature';

const older: PersonalToken = {
  id: 't1',
  name: 'Nightly export',
  createdAt: '2026-01-10T08:00:00.000Z',
  expiresAt: '2026-04-10T08:00:00.000Z',
  lastUsedAt: null,
};
const newer: PersonalToken = {
  ...older,
  id: 't2',
  name: 'CI',
  createdAt: '2026-03-01T08:00:00.000Z',
};
const created: CreatedToken = { ...newer, id: 't3', name: 'Script', token: 'ppm_pat_secret' };

function withTokens(...tokens: PersonalToken[]): ProfileState {
  return {
    ...initialProfileState,
    tokens: tokensAdapter.setAll(tokens, initialProfileState.tokens),
    tokensStatus: 'loaded',
  };
}

describe('profileFeature', () => {
  const { reducer } = profileFeature;

  describe('when the profile page opens', () => {
    it('starts loading the tokens and clears what the forms showed last time', () => {
      const before: ProfileState = {
        ...initialProfileState,
        detailsStatus: 'saved',
        passwordStatus: 'failed',
        passwordError: anApiError(),
        createdToken: created,
      };

      expect(reducer(before, ProfilePageActions.opened())).toEqual(
        jasmine.objectContaining({
          tokensStatus: 'loading',
          detailsStatus: 'idle',
          passwordStatus: 'idle',
          passwordError: null,
          createdToken: null,
        }),
      );
    });
  });

  describe('name and language', () => {
    it('go from saving to saved', () => {
      const saving = reducer(
        initialProfileState,
        ProfilePageActions.detailsSubmitted({ changes: { name: 'Ada', locale: 'ru' } }),
      );
      expect(saving.detailsStatus).toBe('saving');
      expect(reducer(saving, AuthApiActions.profileSaved({ user: ADMIN })).detailsStatus).toBe(
        'saved',
      );
    });

    it('keep a refusal for the form', () => {
      const error = anApiError({ details: [{ path: 'name', message: 'must not be empty' }] });

      expect(reducer(initialProfileState, AuthApiActions.profileSaveFailed({ error }))).toEqual(
        jasmine.objectContaining({ detailsStatus: 'failed', detailsError: error }),
      );
    });
  });

  describe('the password', () => {
    const change = { currentPassword: 'old phrase', newPassword: 'a new long phrase' };

    it('is saving from either page, then saved', () => {
      for (const action of [
        ProfilePageActions.passwordSubmitted({ change }),
        ChangePasswordPageActions.submitted({ change, returnUrl: null }),
      ]) {
        const saving = reducer(initialProfileState, action);
        expect(saving.passwordStatus).withContext(action.type).toBe('saving');
        expect(
          reducer(saving, AuthApiActions.passwordChanged({ user: ADMIN })).passwordStatus,
        ).toBe('saved');
      }
    });

    it('keeps the refusal', () => {
      const error = anApiError({
        details: [{ path: 'currentPassword', message: 'is not correct' }],
      });

      expect(reducer(initialProfileState, AuthApiActions.passwordChangeFailed({ error }))).toEqual(
        jasmine.objectContaining({ passwordStatus: 'failed', passwordError: error }),
      );
    });
  });

  describe('tokens', () => {
    it('are listed newest first', () => {
      const state = reducer(
        initialProfileState,
        PersonalTokensApiActions.tokensLoaded({ tokens: [older, newer] }),
      );

      expect(selectAllTokens.projector(state.tokens).map((token) => token.id)).toEqual([
        't2',
        't1',
      ]);
      expect(state.tokensStatus).toBe('loaded');
    });

    it('keep a new token with its secret for showing once, and list it without the secret', () => {
      const state = reducer(
        withTokens(older),
        PersonalTokensApiActions.tokenCreated({ token: created }),
      );

      expect(state.createdToken).toEqual(created);
      expect(state.tokens.entities['t3']).toEqual({
        id: 't3',
        name: 'Script',
        createdAt: created.createdAt,
        expiresAt: created.expiresAt,
        lastUsedAt: null,
      });
      expect(state.tokenCreateStatus).toBe('saved');
    });

    it('forget the secret once the person has dismissed it', () => {
      const shown = reducer(
        withTokens(),
        PersonalTokensApiActions.tokenCreated({ token: created }),
      );

      expect(reducer(shown, ProfilePageActions.createdTokenDismissed()).createdToken).toBeNull();
    });

    it('mark a token as revoking, then drop it', () => {
      const revoking = reducer(
        withTokens(older, newer),
        ProfilePageActions.tokenRevokeConfirmed({ id: 't1' }),
      );
      expect(revoking.revokingIds).toEqual(['t1']);

      const revoked = reducer(revoking, PersonalTokensApiActions.tokenRevoked({ id: 't1' }));
      expect(revoked.tokens.ids).toEqual(['t2']);
      expect(revoked.revokingIds).toEqual([]);
    });

    it('keep a token whose revocation failed', () => {
      const revoking = reducer(
        withTokens(older),
        ProfilePageActions.tokenRevokeConfirmed({ id: 't1' }),
      );
      const failed = reducer(
        revoking,
        PersonalTokensApiActions.tokenRevokeFailed({ id: 't1', error: anApiError({ status: 0 }) }),
      );

      expect(failed.tokens.ids).toEqual(['t1']);
      expect(failed.revokingIds).toEqual([]);
    });
  });

  it('forgets everything when the person signs out or the session ends', () => {
    const busy = reducer(
      withTokens(older),
      PersonalTokensApiActions.tokenCreated({ token: created }),
    );

    expect(reducer(busy, AuthApiActions.signOutSucceeded())).toEqual(initialProfileState);
    expect(reducer(busy, SessionActions.expired())).toEqual(initialProfileState);
  });
});
