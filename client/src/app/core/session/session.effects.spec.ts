import { ROOT_EFFECTS_INIT } from '@ngrx/effects';
import type { Locale, User } from '@ppm/shared';
import { NEVER, of, throwError } from 'rxjs';

import { ADMIN, FOCAL_POINT, actionsOf, collect, httpError } from '../../../testing/fixtures';
import { LanguageDetectionActions, LanguageSwitcherActions, type LocaleStorage } from '../i18n';
import { AuthApiActions, SessionActions, ShellActions, SignInPageActions } from './session.actions';
import {
  applyAccountLanguage,
  navigateAfterSignIn,
  navigateAfterSignOut,
  restoreSession,
  saveLanguageToAccount,
  signIn,
  signOut,
} from './session.effects';

const credentials = { email: 'ada.admin@example.org', password: 'a long pass phrase' };

function router(): { navigateByUrl: jasmine.Spy } {
  return { navigateByUrl: jasmine.createSpy('navigateByUrl').and.resolveTo(true) };
}

describe('session effects', () => {
  describe('restoreSession, when the app starts', () => {
    const started = { type: ROOT_EFFECTS_INIT };

    it('restores the person the server still knows', () => {
      const api = { me: () => of(ADMIN) };

      expect(collect(restoreSession(actionsOf(started), api))).toEqual([
        SessionActions.restored({ user: ADMIN }),
      ]);
    });

    it('knows nobody is signed in when the server answers 401', () => {
      const api = { me: () => throwError(() => httpError(401, { code: 'unauthenticated' })) };

      expect(collect(restoreSession(actionsOf(started), api))).toEqual([SessionActions.absent()]);
    });

    it('reports a failure when the server cannot be reached', () => {
      const api = { me: () => throwError(() => httpError(0)) };

      const [action] = collect(restoreSession(actionsOf(started), api));

      expect(action.type).toBe(SessionActions.restoreFailed.type);
      expect((action as ReturnType<typeof SessionActions.restoreFailed>).error.code).toBe(
        'network_error',
      );
    });
  });

  describe('signIn', () => {
    it('signs in with the submitted credentials and passes the return address on', () => {
      const api = { signIn: jasmine.createSpy('signIn').and.returnValue(of(ADMIN)) };

      const actions = collect(
        signIn(actionsOf(SignInPageActions.submitted({ credentials, returnUrl: '/people' })), api),
      );

      expect(api.signIn).toHaveBeenCalledOnceWith(credentials);
      expect(actions).toEqual([
        AuthApiActions.signInSucceeded({ user: ADMIN, returnUrl: '/people' }),
      ]);
    });

    it('reports a wrong password with the server code', () => {
      const api = {
        signIn: () => throwError(() => httpError(401, { code: 'invalid_credentials' })),
      };

      const [action] = collect(
        signIn(actionsOf(SignInPageActions.submitted({ credentials, returnUrl: null })), api),
      );

      expect(action).toEqual(
        AuthApiActions.signInFailed({
          error: {
            status: 401,
            code: 'invalid_credentials',
            message: 'invalid_credentials happened',
            details: [],
          },
        }),
      );
    });

    it('ignores a second submission while the first is under way', () => {
      const api = { signIn: jasmine.createSpy('signIn').and.returnValue(NEVER) };
      const submitted = SignInPageActions.submitted({ credentials, returnUrl: null });

      signIn(actionsOf(submitted, submitted), api).subscribe();

      expect(api.signIn).toHaveBeenCalledTimes(1);
    });

    it('keeps working after a failure', () => {
      const api = {
        signIn: jasmine.createSpy('signIn').and.returnValues(
          throwError(() => httpError(500)),
          of(ADMIN),
        ),
      };
      const submitted = SignInPageActions.submitted({ credentials, returnUrl: null });

      const actions = collect(signIn(actionsOf(submitted, submitted), api));

      expect(actions.map((action) => action.type)).toEqual([
        AuthApiActions.signInFailed.type,
        AuthApiActions.signInSucceeded.type,
      ]);
    });
  });

  describe('navigateAfterSignIn', () => {
    function navigateFor(user: User, returnUrl: string | null): jasmine.Spy {
      const fake = router();
      navigateAfterSignIn(
        actionsOf(AuthApiActions.signInSucceeded({ user, returnUrl })),
        fake,
      ).subscribe();
      return fake.navigateByUrl;
    }

    it('goes back to the page the person wanted', () => {
      expect(navigateFor(ADMIN, '/people?role=admin')).toHaveBeenCalledOnceWith(
        '/people?role=admin',
      );
    });

    it('goes home when nothing, or another site, was asked for', () => {
      expect(navigateFor(ADMIN, null)).toHaveBeenCalledOnceWith('/');
      expect(navigateFor(ADMIN, '//evil.example')).toHaveBeenCalledOnceWith('/');
    });

    it('sends a person with a one-time password to change it first', () => {
      expect(
        navigateFor({ ...ADMIN, mustChangePassword: true }, '/people'),
      ).toHaveBeenCalledOnceWith('/change-password?returnUrl=%2Fpeople');
    });
  });

  describe('signOut', () => {
    it('signs out, then shows the sign-in page', () => {
      const api = { signOut: jasmine.createSpy('signOut').and.returnValue(of(undefined)) };
      const fake = router();

      const actions = collect(signOut(actionsOf(ShellActions.signOutClicked()), api));
      navigateAfterSignOut(actionsOf(...actions), fake).subscribe();

      expect(actions).toEqual([AuthApiActions.signOutSucceeded()]);
      expect(fake.navigateByUrl).toHaveBeenCalledOnceWith('/sign-in');
    });

    it('stays signed in when the server could not be told', () => {
      const api = { signOut: () => throwError(() => httpError(0)) };

      const actions = collect(signOut(actionsOf(ShellActions.signOutClicked()), api));

      expect(actions.map((action) => action.type)).toEqual([AuthApiActions.signOutFailed.type]);
    });
  });

  describe('applyAccountLanguage', () => {
    const noChoice: LocaleStorage = { getItem: () => null, setItem: () => undefined };
    const choseEnglish: LocaleStorage = { getItem: () => 'en', setItem: () => undefined };
    function appliedWhile(
      shown: Locale,
      storage: LocaleStorage,
      ...events: Parameters<typeof actionsOf>
    ): unknown[] {
      return collect(applyAccountLanguage(actionsOf(...events), of(shown), storage));
    }

    it('switches to the account’s language at the first sign-in in a browser with no choice yet', () => {
      expect(
        appliedWhile(
          'en',
          noChoice,
          AuthApiActions.signInSucceeded({ user: FOCAL_POINT, returnUrl: null }),
        ),
      ).toEqual([LanguageDetectionActions.accountLanguageFound({ locale: 'ru' })]);
    });

    it('keeps the screen language chosen in this browser on sign-in and reload', () => {
      expect(
        appliedWhile(
          'en',
          choseEnglish,
          AuthApiActions.signInSucceeded({ user: FOCAL_POINT, returnUrl: null }),
          SessionActions.restored({ user: FOCAL_POINT }),
        ),
      ).toEqual([]);
    });

    it('follows a language saved on the profile, whatever the browser chose', () => {
      expect(
        appliedWhile('en', choseEnglish, AuthApiActions.profileSaved({ user: FOCAL_POINT })),
      ).toEqual([LanguageDetectionActions.accountLanguageFound({ locale: 'ru' })]);
    });

    it('leaves the language alone when it is already shown', () => {
      expect(appliedWhile('ru', noChoice, SessionActions.restored({ user: FOCAL_POINT }))).toEqual(
        [],
      );
    });
  });

  describe('saveLanguageToAccount', () => {
    const accepted = ShellActions.accountLanguageAccepted({ locale: 'ru' });

    it('never saves a language picked in the header by itself', () => {
      const api = { updateProfile: jasmine.createSpy('updateProfile') };

      saveLanguageToAccount(
        actionsOf(LanguageSwitcherActions.languageSelected({ locale: 'ru' })),
        of(ADMIN),
        api,
      ).subscribe();

      expect(api.updateProfile).not.toHaveBeenCalled();
    });

    it('saves it for emails too when the person says yes', () => {
      const saved = { ...ADMIN, locale: 'ru' as const };
      const api = { updateProfile: jasmine.createSpy('updateProfile').and.returnValue(of(saved)) };

      const actions = collect(saveLanguageToAccount(actionsOf(accepted), of(ADMIN), api));

      expect(api.updateProfile).toHaveBeenCalledOnceWith({ locale: 'ru' });
      expect(actions).toEqual([AuthApiActions.languageSaved({ user: saved })]);
    });

    it('saves nothing while signed out, or when the account already has it', () => {
      const api = { updateProfile: jasmine.createSpy('updateProfile') };

      saveLanguageToAccount(actionsOf(accepted), of(null), api).subscribe();
      saveLanguageToAccount(actionsOf(accepted), of(FOCAL_POINT), api).subscribe();

      expect(api.updateProfile).not.toHaveBeenCalled();
    });

    it('reports a failure without breaking the stream', () => {
      const api = { updateProfile: () => throwError(() => httpError(500)) };

      const actions = collect(saveLanguageToAccount(actionsOf(accepted, accepted), of(ADMIN), api));

      expect(actions.map((action) => action.type)).toEqual([
        AuthApiActions.languageSaveFailed.type,
        AuthApiActions.languageSaveFailed.type,
      ]);
    });
  });
});
