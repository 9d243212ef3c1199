import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { User } from '@ppm/shared';

import { anApiError } from '../../../../testing/fixtures';
import { FOCAL_POINT } from '../data-access/testing/accounts';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import {
  PersonDialogActions,
  selectDialogError,
  selectDialogStatus,
  selectInviteUrl,
  selectStateOptions,
} from '../data-access';
import { PersonDialog, type PersonDialogData } from './person-dialog';

@Component({
  selector: 'app-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {}

describe('PersonDialog', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let dialogRef: MatDialogRef<PersonDialog, boolean>;

  async function open(person: User | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectLocale, 'en');
    store.overrideSelector(selectDialogStatus, 'idle');
    store.overrideSelector(selectDialogError, null);
    store.overrideSelector(selectInviteUrl, null);
    store.overrideSelector(selectStateOptions, [
      { code: 'AT', name: 'Austria' },
      { code: 'KZ', name: 'Kazakhstan' },
    ]);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    dialogRef = TestBed.inject(MatDialog).open<PersonDialog, PersonDialogData, boolean>(
      PersonDialog,
      { data: { person } },
    );
    await fixture.whenStable();
  }

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    store.resetSelectors();
  });

  const field = (label: string | RegExp): Promise<MatFormFieldHarness> =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string | RegExp): Promise<MatInputHarness> =>
    (await field(label)).getControl(MatInputHarness) as Promise<MatInputHarness>;
  const select = async (label: string | RegExp): Promise<MatSelectHarness> =>
    (await field(label)).getControl(MatSelectHarness) as Promise<MatSelectHarness>;
  const button = (label: string | RegExp): Promise<MatButtonHarness> =>
    loader.getHarness(MatButtonHarness.with({ text: label }));
  const hasField = async (label: string): Promise<boolean> =>
    (await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: label }))).length >
    0;

  async function choose(label: string, option: string): Promise<void> {
    const control = await select(label);
    await control.open();
    await control.clickOptions({ text: option });
  }

  async function answer(
    status: 'saved' | 'failed',
    changes: { inviteUrl?: string | null; error?: ReturnType<typeof anApiError> } = {},
  ): Promise<void> {
    store.overrideSelector(selectDialogStatus, status);
    store.overrideSelector(selectInviteUrl, changes.inviteUrl ?? null);
    store.overrideSelector(selectDialogError, changes.error ?? null);
    store.refreshState();
    await fixture.whenStable();
  }

  describe('inviting', () => {
    beforeEach(() => open(null));

    it('starts afresh', async () => {
      expect(await (await loader.getHarness(MatDialogHarness)).getTitleText()).toBe(
        'Invite a person',
      );
      expect(dispatch).toHaveBeenCalledWith(PersonDialogActions.opened());
    });

    it('asks a focal point for a state, explaining the role', async () => {
      expect(await (await select('Role')).getValueText()).toBe('National focal point');
      expect(await (await field('Role')).getTextHints()).toEqual([
        'Edits and submits the reports of one state.',
      ]);
      expect(await hasField('State')).toBeTrue();

      await (await button('Invite')).click();

      expect(await (await field('State')).getTextErrors()).toEqual([
        'Choose the state this person reports for',
      ]);
    });

    it('asks no state of the Secretariat', async () => {
      await choose('Role', 'Secretariat');

      expect(await hasField('State')).toBeFalse();
    });

    it('invites a focal point with their state', async () => {
      await (await input('Email')).setValue('aigerim.bekova@example.kz');
      await (await input('Full name')).setValue('Aigerim Bekova');
      await choose('State', 'Kazakhstan');
      await choose('Language of emails and interface', 'Русский');
      await (await button('Invite')).click();

      expect(dispatch).toHaveBeenCalledWith(
        PersonDialogActions.inviteSubmitted({
          person: {
            email: 'aigerim.bekova@example.kz',
            name: 'Aigerim Bekova',
            role: 'focal_point',
            locale: 'ru',
            stateCode: 'KZ',
          },
        }),
      );
    });

    it('invites an evaluator without a state', async () => {
      await (await input('Email')).setValue('tomasz@example.pl');
      await (await input('Full name')).setValue('Tomasz Kowalski');
      await choose('Role', 'Evaluator');
      await (await button('Invite')).click();

      expect(dispatch).toHaveBeenCalledWith(
        PersonDialogActions.inviteSubmitted({
          person: {
            email: 'tomasz@example.pl',
            name: 'Tomasz Kowalski',
            role: 'evaluator',
            locale: 'en',
          },
        }),
      );
    });

    it('says on the email field that the address already has an account', async () => {
      await answer('failed', { error: anApiError({ status: 409, code: 'email_taken' }) });

      expect(await (await field('Email')).getTextErrors()).toEqual([
        'There is already an account for this address',
      ]);
    });

    it('shows the invitation link once, when the server could not mail it', async () => {
      await (await input('Full name')).setValue('Aigerim Bekova');
      await answer('saved', {
        inviteUrl: 'http://monitor.example/invitation/Qm2k1bqUPXJ0rjX2y5lV6b',
      });

      expect(await (await input('Invitation link')).getValue()).toBe(
        'http://monitor.example/invitation/Qm2k1bqUPXJ0rjX2y5lV6b',
      );
      const dialog = await loader.getHarness(MatDialogHarness);
      expect(await dialog.getContentText()).toContain(
        'Send this link to Aigerim Bekova yourself. It is shown only now and is valid for 14 days.',
      );
      expect(await hasField('Email')).toBeFalse();

      await (await button('Done')).click();
      expect(await loader.getAllHarnesses(MatDialogHarness)).toEqual([]);
    });

    it('says the invitation was mailed otherwise', async () => {
      await (await input('Email')).setValue('jana@example.cz');
      await answer('saved');

      expect(await (await loader.getHarness(MatDialogHarness)).getContentText()).toContain(
        'An email with the invitation link is on its way to jana@example.cz.',
      );
    });

    it('speaks Russian when the interface does', async () => {
      TestBed.inject(TranslocoService).setActiveLang('ru');
      await fixture.whenStable();

      expect(await (await loader.getHarness(MatDialogHarness)).getTitleText()).toBe(
        'Пригласить пользователя',
      );
      expect(await (await select('Роль')).getValueText()).toBe('Национальный координатор');
      expect(await hasField('Государство')).toBeTrue();
    });
  });

  describe('editing', () => {
    beforeEach(() => open(FOCAL_POINT));

    it('shows the account, the email fixed', async () => {
      expect(await (await loader.getHarness(MatDialogHarness)).getTitleText()).toBe('Edit account');
      const email = await input('Email');
      expect(await email.getValue()).toBe('aigerim.bekova@example.kz');
      expect(await email.isDisabled()).toBeTrue();
      expect(await (await select('State')).getValueText()).toBe('Kazakhstan');
    });

    it('saves a new role, dropping the state it no longer needs', async () => {
      await choose('Role', 'Secretariat');
      await (await button('Save')).click();

      expect(dispatch).toHaveBeenCalledWith(
        PersonDialogActions.editSubmitted({
          id: FOCAL_POINT.id,
          changes: { name: 'Aigerim Bekova', role: 'secretariat', stateCode: null, locale: 'ru' },
        }),
      );
    });

    it('closes once saved', async () => {
      let closedWith: boolean | undefined;
      dialogRef.afterClosed().subscribe((value) => (closedWith = value));

      await answer('saved');

      expect(closedWith).toBeTrue();
    });

    it('explains the last-admin rule', async () => {
      await answer('failed', { error: anApiError({ status: 409, code: 'last_admin' }) });

      expect(await (await loader.getHarness(MatDialogHarness)).getContentText()).toContain(
        'This is the last active administrator. Make someone else an administrator first.',
      );
    });
  });
});
