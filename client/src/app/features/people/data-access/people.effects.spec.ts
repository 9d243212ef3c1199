import { NEVER, of, throwError } from 'rxjs';

import { actionsOf, anApiError, collect, httpError } from '../../../../testing/fixtures';
import { FOCAL_POINT } from './testing/accounts';
import { PeopleApiActions, PeoplePageActions, PersonDialogActions } from './people.actions';
import { NO_FILTER } from './people.api';
import {
  changeActive,
  editPerson,
  invitePerson,
  loadPeople,
  loadStates,
  resendInvitation,
  startPasswordReset,
  tellRowActionFailures,
} from './people.effects';

const newPerson = {
  email: 'aigerim.bekova@example.kz',
  name: 'Aigerim Bekova',
  role: 'focal_point' as const,
  stateCode: 'KZ',
  locale: 'ru' as const,
};

describe('people effects', () => {
  describe('loadPeople', () => {
    it('lists the people matching the filter', () => {
      const filter = { ...NO_FILTER, role: 'focal_point' as const };
      const api = { list: jasmine.createSpy().and.returnValue(of([FOCAL_POINT])) };

      const actions = collect(
        loadPeople(actionsOf(PeoplePageActions.filterChanged({ filter })), of(filter), api),
      );

      expect(api.list).toHaveBeenCalledOnceWith(filter);
      expect(actions).toEqual([PeopleApiActions.peopleLoaded({ people: [FOCAL_POINT] })]);
    });

    it('reports a failure', () => {
      const api = { list: () => throwError(() => httpError(500)) };

      const [action] = collect(
        loadPeople(actionsOf(PeoplePageActions.opened()), of(NO_FILTER), api),
      );

      expect(action.type).toBe(PeopleApiActions.peopleLoadFailed.type);
    });
  });

  describe('loadStates', () => {
    it('loads the states once', () => {
      const api = { states: jasmine.createSpy().and.returnValue(of([])) };

      collect(loadStates(actionsOf(PeoplePageActions.opened()), of('idle' as const), api));
      collect(loadStates(actionsOf(PeoplePageActions.opened()), of('loaded' as const), api));

      expect(api.states).toHaveBeenCalledTimes(1);
    });

    it('reports a failure (the list still works without state names)', () => {
      const api = { states: () => throwError(() => httpError(404, { code: 'not_found' })) };

      const [action] = collect(
        loadStates(actionsOf(PeoplePageActions.opened()), of('idle' as const), api),
      );

      expect(action.type).toBe(PeopleApiActions.statesLoadFailed.type);
    });
  });

  describe('invitePerson', () => {
    it('invites and passes on the link the server could not mail', () => {
      const api = {
        invite: jasmine
          .createSpy()
          .and.returnValue(of({ user: FOCAL_POINT, inviteUrl: 'http://x/invitation/s' })),
      };

      const actions = collect(
        invitePerson(actionsOf(PersonDialogActions.inviteSubmitted({ person: newPerson })), api),
      );

      expect(api.invite).toHaveBeenCalledOnceWith(newPerson);
      expect(actions).toEqual([
        PeopleApiActions.personInvited({ user: FOCAL_POINT, inviteUrl: 'http://x/invitation/s' }),
      ]);
    });

    it('has no link to pass on when the server mailed it', () => {
      const api = { invite: () => of({ user: FOCAL_POINT }) };

      const actions = collect(
        invitePerson(actionsOf(PersonDialogActions.inviteSubmitted({ person: newPerson })), api),
      );

      expect(actions).toEqual([
        PeopleApiActions.personInvited({ user: FOCAL_POINT, inviteUrl: null }),
      ]);
    });

    it('reports a taken address', () => {
      const api = { invite: () => throwError(() => httpError(409, { code: 'email_taken' })) };

      const [action] = collect(
        invitePerson(actionsOf(PersonDialogActions.inviteSubmitted({ person: newPerson })), api),
      );

      expect((action as ReturnType<typeof PeopleApiActions.personInviteFailed>).error.code).toBe(
        'email_taken',
      );
    });

    it('ignores a second submission while the first is under way', () => {
      const api = { invite: jasmine.createSpy().and.returnValue(NEVER) };
      const submitted = PersonDialogActions.inviteSubmitted({ person: newPerson });

      invitePerson(actionsOf(submitted, submitted), api).subscribe();

      expect(api.invite).toHaveBeenCalledTimes(1);
    });
  });

  describe('editPerson and changeActive', () => {
    it('save the changes', () => {
      const edited = { ...FOCAL_POINT, name: 'Aigerim B.' };
      const api = { update: jasmine.createSpy().and.returnValue(of(edited)) };

      const actions = collect(
        editPerson(
          actionsOf(
            PersonDialogActions.editSubmitted({
              id: FOCAL_POINT.id,
              changes: { name: 'Aigerim B.' },
            }),
          ),
          api,
        ),
      );

      expect(api.update).toHaveBeenCalledOnceWith(FOCAL_POINT.id, { name: 'Aigerim B.' });
      expect(actions).toEqual([PeopleApiActions.personEdited({ user: edited })]);
    });

    it('deactivate, reporting a failure with the person', () => {
      const api = {
        update: jasmine
          .createSpy()
          .and.returnValue(throwError(() => httpError(409, { code: 'last_admin' }))),
      };

      const [action] = collect(
        changeActive(
          actionsOf(PeoplePageActions.activeChangeConfirmed({ id: FOCAL_POINT.id, active: false })),
          api,
        ),
      );

      expect(api.update).toHaveBeenCalledOnceWith(FOCAL_POINT.id, { active: false });
      expect(action).toEqual(
        jasmine.objectContaining({
          type: PeopleApiActions.activeChangeFailed.type,
          id: FOCAL_POINT.id,
        }),
      );
    });
  });

  describe('startPasswordReset', () => {
    it('passes on the reset link, or null when it was mailed', () => {
      const api = {
        startPasswordReset: jasmine
          .createSpy()
          .and.returnValues(of({ resetUrl: 'http://x/reset-password/s' }), of({})),
      };
      const confirmed = PeoplePageActions.passwordResetConfirmed({ id: FOCAL_POINT.id });

      const actions = collect(startPasswordReset(actionsOf(confirmed, confirmed), api));

      expect(actions).toEqual([
        PeopleApiActions.passwordResetStarted({
          id: FOCAL_POINT.id,
          resetUrl: 'http://x/reset-password/s',
        }),
        PeopleApiActions.passwordResetStarted({ id: FOCAL_POINT.id, resetUrl: null }),
      ]);
    });
  });

  describe('tellRowActionFailures', () => {
    it('explains that the last admin cannot be deactivated', () => {
      const notifier = { notify: jasmine.createSpy().and.resolveTo() };

      tellRowActionFailures(
        actionsOf(
          PeopleApiActions.activeChangeFailed({
            id: 'a',
            error: anApiError({ status: 409, code: 'last_admin' }),
          }),
        ),
        notifier,
      ).subscribe();

      expect(notifier.notify).toHaveBeenCalledOnceWith('people.errors.lastAdmin');
    });

    it('leaves offline and server failures to the interceptor', () => {
      const notifier = { notify: jasmine.createSpy() };

      tellRowActionFailures(
        actionsOf(
          PeopleApiActions.passwordResetFailed({ id: 'a', error: anApiError({ status: 0 }) }),
        ),
        notifier,
      ).subscribe();

      expect(notifier.notify).not.toHaveBeenCalled();
    });
  });

  describe('resendInvitation', () => {
    it('asks the server for a new invitation and passes on the link (no mail configured)', () => {
      const invited = { ...FOCAL_POINT, status: 'invited' as const };
      const api = {
        resendInvitation: jasmine
          .createSpy()
          .and.returnValue(of({ user: invited, inviteUrl: 'http://x/invitation/s' })),
      };

      const actions = collect(
        resendInvitation(
          actionsOf(PeoplePageActions.invitationResendClicked({ id: FOCAL_POINT.id })),
          api,
        ),
      );

      expect(api.resendInvitation).toHaveBeenCalledOnceWith(FOCAL_POINT.id);
      expect(actions).toEqual([
        PeopleApiActions.invitationResent({ user: invited, inviteUrl: 'http://x/invitation/s' }),
      ]);
    });
  });
});
