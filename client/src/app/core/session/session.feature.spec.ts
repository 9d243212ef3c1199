import { ADMIN, FOCAL_POINT, anApiError } from '../../../testing/fixtures';
import { AuthApiActions, SessionActions, SignInPageActions } from './session.actions';
import {
  type SessionState,
  initialSessionState,
  selectIsResolved,
  selectIsSignedIn,
  selectMustChangePassword,
  selectRole,
  sessionFeature,
} from './session.feature';

describe('sessionFeature', () => {
  const { reducer } = sessionFeature;
  const signedIn: SessionState = { user: ADMIN, status: 'signed_in', error: null };

  it('starts not knowing who is signed in', () => {
    expect(reducer(undefined, { type: '@@init' })).toEqual({
      user: null,
      status: 'unknown',
      error: null,
    });
  });

  describe('at start-up', () => {
    it('holds the person the server still knew', () => {
      expect(reducer(initialSessionState, SessionActions.restored({ user: ADMIN }))).toEqual(
        signedIn,
      );
    });

    it('knows nobody is signed in when there was no session', () => {
      expect(reducer(initialSessionState, SessionActions.absent()).status).toBe('signed_out');
    });

    it('keeps why it could not find out', () => {
      const error = anApiError({ status: 0, code: 'network_error' });
      const state = reducer(initialSessionState, SessionActions.restoreFailed({ error }));

      expect(state).toEqual({ user: null, status: 'failed', error });
    });
  });

  describe('signing in', () => {
    const credentials = { email: 'ada.admin@example.org', password: 'secret phrase' };

    it('is loading once the form is submitted, forgetting an earlier failure', () => {
      const failed: SessionState = { user: null, status: 'failed', error: anApiError() };

      expect(
        reducer(failed, SignInPageActions.submitted({ credentials, returnUrl: null })),
      ).toEqual({ user: null, status: 'loading', error: null });
    });

    it('holds the person once the server accepted', () => {
      const state = reducer(
        { ...initialSessionState, status: 'loading' },
        AuthApiActions.signInSucceeded({ user: ADMIN, returnUrl: '/people' }),
      );

      expect(state).toEqual(signedIn);
    });

    it('keeps the refusal for the page to show', () => {
      const error = anApiError({ status: 401, code: 'invalid_credentials' });
      const state = reducer(
        { ...initialSessionState, status: 'loading' },
        AuthApiActions.signInFailed({ error }),
      );

      expect(state).toEqual({ user: null, status: 'failed', error });
    });

    it('starts the page afresh when it opens again', () => {
      const failed: SessionState = { user: null, status: 'failed', error: anApiError() };

      expect(reducer(failed, SignInPageActions.opened())).toEqual({
        user: null,
        status: 'signed_out',
        error: null,
      });
    });

    it('signs in with a password set through an invitation link', () => {
      expect(
        reducer(initialSessionState, AuthApiActions.passwordSet({ user: FOCAL_POINT })).user,
      ).toBe(FOCAL_POINT);
    });
  });

  describe('while signed in', () => {
    it('takes the account as saved after a profile, language or password change', () => {
      const renamed = { ...ADMIN, name: 'Ada L.' };
      const russian = { ...ADMIN, locale: 'ru' as const };
      const changed = { ...ADMIN, mustChangePassword: false };

      expect(reducer(signedIn, AuthApiActions.profileSaved({ user: renamed })).user).toBe(renamed);
      expect(reducer(signedIn, AuthApiActions.languageSaved({ user: russian })).user).toBe(russian);
      expect(reducer(signedIn, AuthApiActions.passwordChanged({ user: changed })).user).toBe(
        changed,
      );
    });

    it('ignores such answers arriving after signing out', () => {
      const out: SessionState = { user: null, status: 'signed_out', error: null };

      expect(reducer(out, AuthApiActions.profileSaved({ user: ADMIN }))).toBe(out);
    });

    it('forgets the person when they sign out or the session expires', () => {
      for (const action of [AuthApiActions.signOutSucceeded(), SessionActions.expired()]) {
        expect(reducer(signedIn, action))
          .withContext(action.type)
          .toEqual({ user: null, status: 'signed_out', error: null });
      }
    });
  });

  describe('selectors', () => {
    it('selectIsResolved is false only before start-up heard from the server', () => {
      expect(selectIsResolved.projector('unknown')).toBeFalse();
      expect(selectIsResolved.projector('signed_out')).toBeTrue();
      expect(selectIsResolved.projector('failed')).toBeTrue();
    });

    it('selectIsSignedIn and selectRole read the person', () => {
      expect(selectIsSignedIn.projector(FOCAL_POINT)).toBeTrue();
      expect(selectIsSignedIn.projector(null)).toBeFalse();
      expect(selectRole.projector(FOCAL_POINT)).toBe('focal_point');
      expect(selectRole.projector(null)).toBeNull();
    });

    it('selectMustChangePassword is true only for a one-time password', () => {
      expect(selectMustChangePassword.projector({ ...ADMIN, mustChangePassword: true })).toBeTrue();
      expect(selectMustChangePassword.projector(ADMIN)).toBeFalse();
      expect(selectMustChangePassword.projector(null)).toBeFalse();
    });
  });
});
