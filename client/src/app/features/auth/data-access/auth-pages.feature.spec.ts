import { FOCAL_POINT, anApiError } from '../../../../testing/fixtures';
import { AuthApiActions } from '../../../core/session';
import {
  AccountLinksApiActions,
  ForgotPasswordFormActions,
  SetPasswordPageActions,
} from './auth-pages.actions';
import {
  type AuthPagesState,
  authPagesFeature,
  initialAuthPagesState,
  selectLinkProblem,
} from './auth-pages.feature';

const link = { purpose: 'invitation' as const, email: 'aigerim@example.kz', name: 'Aigerim' };

describe('authPagesFeature', () => {
  const { reducer } = authPagesFeature;

  describe('the "forgot password" request', () => {
    it('goes from saving to saved', () => {
      const saving = reducer(
        initialAuthPagesState,
        ForgotPasswordFormActions.submitted({ email: 'a@example.org' }),
      );
      expect(saving.resetStatus).toBe('saving');

      expect(reducer(saving, AccountLinksApiActions.resetRequested()).resetStatus).toBe('saved');
    });

    it('keeps a failure, and starts afresh when the form opens again', () => {
      const error = anApiError({ status: 0, code: 'network_error' });
      const failed = reducer(
        initialAuthPagesState,
        AccountLinksApiActions.resetRequestFailed({ error }),
      );
      expect(failed).toEqual(
        jasmine.objectContaining({ resetStatus: 'failed', resetError: error }),
      );

      expect(reducer(failed, ForgotPasswordFormActions.opened())).toEqual(
        jasmine.objectContaining({ resetStatus: 'idle', resetError: null }),
      );
    });
  });

  describe('a one-time link', () => {
    it('is loading, then described', () => {
      const loading = reducer(
        { ...initialAuthPagesState, link },
        SetPasswordPageActions.opened({ secret: 's'.repeat(30) }),
      );
      expect(loading).toEqual(jasmine.objectContaining({ link: null, linkStatus: 'loading' }));

      const loaded = reducer(loading, AccountLinksApiActions.linkDescribed({ link }));
      expect(loaded).toEqual(jasmine.objectContaining({ link, linkStatus: 'loaded' }));
    });

    it('is saving while the password is set, and forgotten once it is', () => {
      const loaded: AuthPagesState = { ...initialAuthPagesState, link, linkStatus: 'loaded' };
      const saving = reducer(
        loaded,
        SetPasswordPageActions.submitted({ secret: 's'.repeat(30), password: 'a long phrase' }),
      );
      expect(saving.linkStatus).toBe('saving');

      expect(reducer(saving, AuthApiActions.passwordSet({ user: FOCAL_POINT }))).toEqual(
        jasmine.objectContaining({ link: null, linkStatus: 'idle' }),
      );
    });

    it('keeps the form when the password was refused', () => {
      const error = anApiError({ details: [{ path: 'password', message: 'is too common' }] });
      const state = reducer(
        { ...initialAuthPagesState, link, linkStatus: 'saving' },
        AuthApiActions.passwordSetFailed({ error }),
      );

      expect(state).toEqual(
        jasmine.objectContaining({ link, linkStatus: 'failed', linkError: error }),
      );
    });
  });

  describe('selectLinkProblem', () => {
    const problem = (status: number, linkStatus: AuthPagesState['linkStatus'] = 'failed') =>
      selectLinkProblem.projector(anApiError({ status }), linkStatus);

    it('tells an expired or used link (410) from an unknown one (404)', () => {
      expect(problem(410)).toBe('expired');
      expect(problem(404)).toBe('invalid');
    });

    it('calls anything else unavailable, to offer a retry', () => {
      expect(problem(0)).toBe('unavailable');
      expect(problem(500)).toBe('unavailable');
    });

    it('is no problem of the link when the password itself was refused', () => {
      expect(problem(400)).toBeNull();
      expect(selectLinkProblem.projector(null, 'loaded')).toBeNull();
    });
  });
});
