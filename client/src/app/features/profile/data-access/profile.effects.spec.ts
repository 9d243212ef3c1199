import { Actions } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import type { PersonalToken } from '@ppm/shared';
import { NEVER, Subject, of, throwError } from 'rxjs';

import { ADMIN, actionsOf, anApiError, collect, httpError } from '../../../../testing/fixtures';
import { AuthApiActions } from '../../../core/session';
import {
  ChangePasswordPageActions,
  PersonalTokensApiActions,
  ProfilePageActions,
  StateNamesApiActions,
} from './profile.actions';
import {
  changePassword,
  continueAfterPasswordChange,
  createToken,
  loadStateName,
  loadTokens,
  revokeToken,
  saveDetails,
} from './profile.effects';

const token: PersonalToken = {
  id: 't1',
  name: 'Nightly export',
  createdAt: '2026-01-10T08:00:00.000Z',
  expiresAt: '2026-04-10T08:00:00.000Z',
  lastUsedAt: null,
};
const change = { currentPassword: 'one-time pass 1', newPassword: 'my own long phrase' };

describe('profile effects', () => {
  describe('saveDetails', () => {
    it('saves name and language to the account', () => {
      const api = { updateProfile: jasmine.createSpy().and.returnValue(of(ADMIN)) };

      const actions = collect(
        saveDetails(
          actionsOf(
            ProfilePageActions.detailsSubmitted({ changes: { name: 'Ada', locale: 'ru' } }),
          ),
          api,
        ),
      );

      expect(api.updateProfile).toHaveBeenCalledOnceWith({ name: 'Ada', locale: 'ru' });
      expect(actions).toEqual([AuthApiActions.profileSaved({ user: ADMIN })]);
    });

    it('reports a refusal', () => {
      const api = {
        updateProfile: () => throwError(() => httpError(400, { code: 'validation_failed' })),
      };

      const [action] = collect(
        saveDetails(
          actionsOf(ProfilePageActions.detailsSubmitted({ changes: { name: '', locale: 'en' } })),
          api,
        ),
      );

      expect(action.type).toBe(AuthApiActions.profileSaveFailed.type);
    });
  });

  describe('changePassword', () => {
    it('changes the password from the profile or the forced page', () => {
      const api = { changePassword: jasmine.createSpy().and.returnValue(of(ADMIN)) };

      const actions = collect(
        changePassword(
          actionsOf(
            ProfilePageActions.passwordSubmitted({ change }),
            ChangePasswordPageActions.submitted({ change, returnUrl: '/people' }),
          ),
          api,
        ),
      );

      expect(api.changePassword).toHaveBeenCalledWith('one-time pass 1', 'my own long phrase');
      expect(actions).toEqual([
        AuthApiActions.passwordChanged({ user: ADMIN }),
        AuthApiActions.passwordChanged({ user: ADMIN }),
      ]);
    });

    it('reports a wrong current password with its field', () => {
      const api = {
        changePassword: () =>
          throwError(() =>
            httpError(400, {
              code: 'validation_failed',
              details: [{ path: 'currentPassword', message: 'is not correct' }],
            }),
          ),
      };

      const [action] = collect(
        changePassword(actionsOf(ProfilePageActions.passwordSubmitted({ change })), api),
      );

      expect(
        (action as ReturnType<typeof AuthApiActions.passwordChangeFailed>).error.details,
      ).toEqual([{ path: 'currentPassword', message: 'is not correct' }]);
    });

    it('ignores a second submission while the first is under way', () => {
      const api = { changePassword: jasmine.createSpy().and.returnValue(NEVER) };
      const submitted = ProfilePageActions.passwordSubmitted({ change });

      changePassword(actionsOf(submitted, submitted), api).subscribe();

      expect(api.changePassword).toHaveBeenCalledTimes(1);
    });
  });

  describe('continueAfterPasswordChange', () => {
    let events: Subject<Action>;
    let router: { navigateByUrl: jasmine.Spy };

    beforeEach(() => {
      events = new Subject<Action>();
      router = { navigateByUrl: jasmine.createSpy().and.resolveTo(true) };
      continueAfterPasswordChange(new Actions(events), router).subscribe();
      events.next(ChangePasswordPageActions.submitted({ change, returnUrl: '/people' }));
    });

    it('goes on to the page the person wanted once the one-time password is replaced', () => {
      events.next(AuthApiActions.passwordChanged({ user: ADMIN }));

      expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/people');
    });

    it('stays when the change was refused', () => {
      events.next(AuthApiActions.passwordChangeFailed({ error: anApiError() }));
      events.next(AuthApiActions.passwordChanged({ user: ADMIN }));

      expect(router.navigateByUrl).not.toHaveBeenCalled();
    });
  });

  describe('tokens', () => {
    it('are listed when the page opens', () => {
      const api = { list: () => of([token]) };

      expect(collect(loadTokens(actionsOf(ProfilePageActions.opened()), api))).toEqual([
        PersonalTokensApiActions.tokensLoaded({ tokens: [token] }),
      ]);
    });

    it('report a failed listing', () => {
      const api = { list: () => throwError(() => httpError(500)) };

      const [action] = collect(loadTokens(actionsOf(ProfilePageActions.opened()), api));

      expect(action.type).toBe(PersonalTokensApiActions.tokensLoadFailed.type);
    });

    it('are created with a name and a lifetime', () => {
      const created = { ...token, token: 'ppm_pat_secret' };
      const api = { create: jasmine.createSpy().and.returnValue(of(created)) };

      const actions = collect(
        createToken(
          actionsOf(
            ProfilePageActions.tokenCreateSubmitted({ token: { name: 'CI', expiresInDays: 30 } }),
          ),
          api,
        ),
      );

      expect(api.create).toHaveBeenCalledOnceWith({ name: 'CI', expiresInDays: 30 });
      expect(actions).toEqual([PersonalTokensApiActions.tokenCreated({ token: created })]);
    });

    it('report a refused creation (too many tokens)', () => {
      const api = { create: () => throwError(() => httpError(409, { code: 'too_many_tokens' })) };

      const [action] = collect(
        createToken(
          actionsOf(
            ProfilePageActions.tokenCreateSubmitted({ token: { name: 'CI', expiresInDays: 30 } }),
          ),
          api,
        ),
      );

      expect(
        (action as ReturnType<typeof PersonalTokensApiActions.tokenCreateFailed>).error.code,
      ).toBe('too_many_tokens');
    });

    it('are revoked one by one, each failure reported with its token', () => {
      const api = {
        revoke: jasmine
          .createSpy()
          .and.callFake((id: string) =>
            id === 't1' ? of(undefined) : throwError(() => httpError(404, { code: 'not_found' })),
          ),
      };

      const actions = collect(
        revokeToken(
          actionsOf(
            ProfilePageActions.tokenRevokeConfirmed({ id: 't1' }),
            ProfilePageActions.tokenRevokeConfirmed({ id: 't2' }),
          ),
          api,
        ),
      );

      expect(actions[0]).toEqual(PersonalTokensApiActions.tokenRevoked({ id: 't1' }));
      expect(actions[1]).toEqual(
        jasmine.objectContaining({
          type: PersonalTokensApiActions.tokenRevokeFailed.type,
          id: 't2',
        }),
      );
    });
  });

  describe('loadStateName', () => {
    const georgia = { en: 'Georgia', ru: 'Грузия' };

    it('looks up the name of the person’s state when the profile opens', () => {
      const api = { nameOf: jasmine.createSpy('nameOf').and.returnValue(of(georgia)) };
      const focalPoint = { ...ADMIN, role: 'focal_point' as const, stateCode: 'GE' };

      const actions = collect(
        loadStateName(actionsOf(ProfilePageActions.opened()), of(focalPoint), api),
      );

      expect(api.nameOf).toHaveBeenCalledOnceWith('GE');
      expect(actions).toEqual([StateNamesApiActions.stateNameLoaded({ stateName: georgia })]);
    });

    it('asks nothing for people of no state', () => {
      const api = { nameOf: jasmine.createSpy('nameOf') };

      collect(loadStateName(actionsOf(ProfilePageActions.opened()), of(ADMIN), api));

      expect(api.nameOf).not.toHaveBeenCalled();
    });
  });
});
