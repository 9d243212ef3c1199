import { anApiError } from '../../../../testing/fixtures';
import { AuthApiActions } from '../../../core/session';
import { ADMIN, FOCAL_POINT, aUser } from './testing/accounts';
import { PeopleApiActions, PeoplePageActions, PersonDialogActions } from './people.actions';
import type { StateOption } from './people.api';
import {
  type PeopleState,
  initialPeopleState,
  peopleAdapter,
  peopleFeature,
  selectAllPeople,
  selectRevealedReset,
  selectStateNames,
  selectStateOptions,
} from './people.feature';

const states: StateOption[] = [
  { code: 'KZ', name: { en: 'Kazakhstan', ru: 'Казахстан' }, region: 'CA', active: true },
  { code: 'AT', name: { en: 'Austria', ru: 'Австрия' }, region: 'EU', active: true },
  { code: 'RU', name: { en: 'Russia', ru: 'Россия' }, region: 'EAP', active: false },
];

const withPeople = (...people: (typeof ADMIN)[]): PeopleState =>
  peopleAdapter.setAll(people, { ...initialPeopleState, status: 'loaded' });

describe('peopleFeature', () => {
  const { reducer } = peopleFeature;

  describe('the list', () => {
    it('loads when the page opens and on each filter change', () => {
      const filter = { role: 'focal_point' as const, stateCode: 'KZ', active: true };

      expect(reducer(initialPeopleState, PeoplePageActions.opened()).status).toBe('loading');
      expect(reducer(initialPeopleState, PeoplePageActions.filterChanged({ filter }))).toEqual(
        jasmine.objectContaining({ filter, status: 'loading' }),
      );
    });

    it('holds the people alphabetically', () => {
      const state = reducer(
        initialPeopleState,
        PeopleApiActions.peopleLoaded({ people: [FOCAL_POINT, ADMIN] }),
      );

      expect(selectAllPeople.projector(state).map((person) => person.name)).toEqual([
        'Ada Admin',
        'Aigerim Bekova',
      ]);
      expect(state.status).toBe('loaded');
    });
  });

  describe('the invite and edit dialog', () => {
    it('starts afresh, saves, and keeps the invitation link once', () => {
      const opened = reducer(
        { ...initialPeopleState, dialogStatus: 'failed', inviteUrl: 'old' },
        PersonDialogActions.opened(),
      );
      expect(opened).toEqual(jasmine.objectContaining({ dialogStatus: 'idle', inviteUrl: null }));

      const invited = aUser({ id: 'new', name: 'Jana Novotná', role: 'secretariat' });
      const state = reducer(
        opened,
        PeopleApiActions.personInvited({ user: invited, inviteUrl: 'http://x/invitation/s' }),
      );
      expect(state).toEqual(
        jasmine.objectContaining({ dialogStatus: 'saved', inviteUrl: 'http://x/invitation/s' }),
      );
      expect(state.entities['new']).toEqual(invited);
    });

    it('puts an edit into the list', () => {
      const renamed = { ...FOCAL_POINT, name: 'Aigerim B.' };

      const state = reducer(
        withPeople(FOCAL_POINT),
        PeopleApiActions.personEdited({ user: renamed }),
      );

      expect(state.entities[FOCAL_POINT.id]).toEqual(renamed);
      expect(state.dialogStatus).toBe('saved');
    });

    it('keeps a refusal for the dialog', () => {
      const error = anApiError({ status: 409, code: 'email_taken' });

      expect(reducer(initialPeopleState, PeopleApiActions.personInviteFailed({ error }))).toEqual(
        jasmine.objectContaining({ dialogStatus: 'failed', dialogError: error }),
      );
    });
  });

  describe('row actions', () => {
    it('mark the person busy while deactivating, then show the result', () => {
      const busy = reducer(
        withPeople(FOCAL_POINT),
        PeoplePageActions.activeChangeConfirmed({ id: FOCAL_POINT.id, active: false }),
      );
      expect(busy.busyIds).toEqual([FOCAL_POINT.id]);

      const done = reducer(
        busy,
        PeopleApiActions.activeChanged({ user: { ...FOCAL_POINT, active: false } }),
      );
      expect(done.busyIds).toEqual([]);
      expect(done.entities[FOCAL_POINT.id]?.active).toBeFalse();
    });

    it('free the person when it failed (e.g. the last admin)', () => {
      const busy = reducer(
        withPeople(ADMIN),
        PeoplePageActions.activeChangeConfirmed({ id: ADMIN.id, active: false }),
      );

      const failed = reducer(
        busy,
        PeopleApiActions.activeChangeFailed({
          id: ADMIN.id,
          error: anApiError({ status: 409, code: 'last_admin' }),
        }),
      );

      expect(failed.busyIds).toEqual([]);
      expect(failed.entities[ADMIN.id]?.active).toBeTrue();
    });

    it('keep a reset link to show once, until dismissed', () => {
      const started = reducer(
        withPeople(FOCAL_POINT),
        PeopleApiActions.passwordResetStarted({
          id: FOCAL_POINT.id,
          resetUrl: 'http://x/reset-password/s',
        }),
      );
      expect(started.resetLink).toEqual({
        personId: FOCAL_POINT.id,
        url: 'http://x/reset-password/s',
        kind: 'reset',
      });

      expect(reducer(started, PeoplePageActions.resetLinkDismissed()).resetLink).toBeNull();
    });
  });

  it('forgets everything on signing out', () => {
    expect(reducer(withPeople(ADMIN), AuthApiActions.signOutSucceeded())).toEqual(
      initialPeopleState,
    );
  });

  describe('selectors', () => {
    it('offer the active states by name in the language shown', () => {
      expect(selectStateOptions.projector(states, 'en')).toEqual([
        { code: 'AT', name: 'Austria' },
        { code: 'KZ', name: 'Kazakhstan' },
      ]);
      expect(selectStateOptions.projector(states, 'ru')).toEqual([
        { code: 'AT', name: 'Австрия' },
        { code: 'KZ', name: 'Казахстан' },
      ]);
    });

    it('name every state, inactive ones included, for the table', () => {
      expect(selectStateNames.projector(states, 'ru')).toEqual({
        KZ: 'Казахстан',
        AT: 'Австрия',
        RU: 'Россия',
      });
    });

    it('pair the reset link with its person', () => {
      const people = { [FOCAL_POINT.id]: FOCAL_POINT };

      expect(
        selectRevealedReset.projector(
          { personId: FOCAL_POINT.id, url: 'u', kind: 'reset' },
          people,
        ),
      ).toEqual({ url: 'u', kind: 'reset', person: FOCAL_POINT });
      expect(selectRevealedReset.projector(null, people)).toBeNull();
    });
  });

  describe('resending an invitation', () => {
    it('marks the row busy, then shows the new link with the refreshed account', () => {
      const invited = aUser({ id: 'p9', status: 'invited', invitedAt: '2026-11-01T08:00:00.000Z' });
      const busy = peopleFeature.reducer(
        withPeople(invited),
        PeoplePageActions.invitationResendClicked({ id: 'p9' }),
      );
      expect(busy.busyIds).toEqual(['p9']);

      const renewed = { ...invited, invitedAt: '2026-12-06T08:00:00.000Z' };
      const done = peopleFeature.reducer(
        busy,
        PeopleApiActions.invitationResent({ user: renewed, inviteUrl: 'http://x/invitation/s' }),
      );
      expect(done.busyIds).toEqual([]);
      expect(done.entities['p9']?.invitedAt).toBe('2026-12-06T08:00:00.000Z');
      expect(done.resetLink).toEqual({
        personId: 'p9',
        url: 'http://x/invitation/s',
        kind: 'invitation',
      });
    });
  });
});
