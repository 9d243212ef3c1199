import { NEVER, of, throwError } from 'rxjs';

import { FOCAL_POINT, actionsOf, collect, httpError } from '../../../../testing/fixtures';
import { AuthApiActions } from '../../../core/session';
import {
  AccountLinksApiActions,
  ForgotPasswordFormActions,
  SetPasswordPageActions,
} from './auth-pages.actions';
import {
  describeLink,
  navigateAfterPasswordSet,
  requestPasswordReset,
  setPassword,
} from './auth-pages.effects';

const secret = 'Qm2k1bqUPXJ0rjX2y5lV6bTqU5s9cZx3';

describe('auth pages effects', () => {
  describe('requestPasswordReset', () => {
    it('asks for a reset link for the address', () => {
      const api = { requestPasswordReset: jasmine.createSpy().and.returnValue(of(undefined)) };

      const actions = collect(
        requestPasswordReset(
          actionsOf(ForgotPasswordFormActions.submitted({ email: 'a@example.org' })),
          api,
        ),
      );

      expect(api.requestPasswordReset).toHaveBeenCalledOnceWith('a@example.org');
      expect(actions).toEqual([AccountLinksApiActions.resetRequested()]);
    });

    it('reports a failure', () => {
      const api = { requestPasswordReset: () => throwError(() => httpError(0)) };

      const [action] = collect(
        requestPasswordReset(
          actionsOf(ForgotPasswordFormActions.submitted({ email: 'a@example.org' })),
          api,
        ),
      );

      expect(action.type).toBe(AccountLinksApiActions.resetRequestFailed.type);
    });
  });

  describe('describeLink', () => {
    it('describes the link of the opened page', () => {
      const link = { purpose: 'invitation' as const, email: 'a@example.kz', name: 'Aigerim' };
      const api = { describe: jasmine.createSpy().and.returnValue(of(link)) };

      const actions = collect(
        describeLink(actionsOf(SetPasswordPageActions.opened({ secret })), api),
      );

      expect(api.describe).toHaveBeenCalledOnceWith(secret);
      expect(actions).toEqual([AccountLinksApiActions.linkDescribed({ link })]);
    });

    it('reports an expired link with its status', () => {
      const api = { describe: () => throwError(() => httpError(410, { code: 'link_expired' })) };

      const [action] = collect(
        describeLink(actionsOf(SetPasswordPageActions.opened({ secret })), api),
      );

      expect(action).toEqual(
        AccountLinksApiActions.linkDescriptionFailed({
          error: jasmine.objectContaining({ status: 410, code: 'link_expired' }) as never,
        }),
      );
    });
  });

  describe('setPassword', () => {
    const submitted = SetPasswordPageActions.submitted({ secret, password: 'a long pass phrase' });

    it('sets the password through the link, which signs the person in', () => {
      const api = { setPassword: jasmine.createSpy().and.returnValue(of(FOCAL_POINT)) };

      const actions = collect(setPassword(actionsOf(submitted), api));

      expect(api.setPassword).toHaveBeenCalledOnceWith(secret, 'a long pass phrase');
      expect(actions).toEqual([AuthApiActions.passwordSet({ user: FOCAL_POINT })]);
    });

    it('reports a refused password with its field problems', () => {
      const api = {
        setPassword: () =>
          throwError(() =>
            httpError(400, {
              code: 'validation_failed',
              details: [{ path: 'password', message: 'is a commonly used password' }],
            }),
          ),
      };

      const [action] = collect(setPassword(actionsOf(submitted), api));

      expect(action.type).toBe(AuthApiActions.passwordSetFailed.type);
      expect((action as ReturnType<typeof AuthApiActions.passwordSetFailed>).error.details).toEqual(
        [{ path: 'password', message: 'is a commonly used password' }],
      );
    });

    it('ignores a second submission while the first is under way', () => {
      const api = { setPassword: jasmine.createSpy().and.returnValue(NEVER) };

      setPassword(actionsOf(submitted, submitted), api).subscribe();

      expect(api.setPassword).toHaveBeenCalledTimes(1);
    });
  });

  it('goes to the overview once the password is set', () => {
    const router = { navigateByUrl: jasmine.createSpy().and.resolveTo(true) };

    navigateAfterPasswordSet(
      actionsOf(AuthApiActions.passwordSet({ user: FOCAL_POINT })),
      router,
    ).subscribe();

    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/');
  });
});
