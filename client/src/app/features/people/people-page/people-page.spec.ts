import { Clipboard } from '@angular/cdk/clipboard';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { ADMIN, FOCAL_POINT, aUser } from '../data-access/testing/accounts';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { TestScreen, provideScreen } from '../../../../testing/screen-testing';
import { selectLocale } from '../../../core/i18n';
import { selectUser } from '../../../core/session';
import {
  NO_FILTER,
  PeoplePageActions,
  selectAllPeople,
  selectBusyIds,
  selectDialogError,
  selectDialogStatus,
  selectFilter,
  selectInviteUrl,
  selectPeopleStatus,
  selectRevealedReset,
  selectStateNames,
  selectStateOptions,
} from '../data-access';
import PeoplePage from './people-page';

const FORMER = aUser({
  id: '6650a1b2c3d4e5f601234569',
  email: 'jan.novak@example.cz',
  name: 'Jan Novák',
  role: 'secretariat',
  active: false,
});

describe('PeoplePage', () => {
  let fixture: ComponentFixture<PeoplePage>;
  let loader: HarnessLoader;
  let root: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  /** Whether the screen is as narrow as a phone. */
  let phone: TestScreen;

  beforeEach(async () => {
    phone = new TestScreen(false);
    TestBed.configureTestingModule({
      providers: [
        provideScreen(phone),
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectUser, ADMIN);
    store.overrideSelector(selectLocale, 'en');
    store.overrideSelector(selectAllPeople, [ADMIN, FOCAL_POINT, FORMER]);
    store.overrideSelector(selectPeopleStatus, 'loaded');
    store.overrideSelector(selectFilter, NO_FILTER);
    store.overrideSelector(selectStateOptions, [
      { code: 'AT', name: 'Austria' },
      { code: 'KZ', name: 'Kazakhstan' },
    ]);
    store.overrideSelector(selectStateNames, { AT: 'Austria', KZ: 'Kazakhstan' });
    store.overrideSelector(selectBusyIds, []);
    store.overrideSelector(selectRevealedReset, null);
    store.overrideSelector(selectDialogStatus, 'idle');
    store.overrideSelector(selectDialogError, null);
    store.overrideSelector(selectInviteUrl, null);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(PeoplePage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  const filter = (label: string): Promise<MatSelectHarness> =>
    loader
      .getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))
      .then((field) => field.getControl(MatSelectHarness) as Promise<MatSelectHarness>);

  async function rowMenu(name: string): Promise<MatMenuHarness> {
    return loader.getHarness(
      MatMenuHarness.with({ selector: `[aria-label="Actions for ${name}"]` }),
    );
  }

  it('lists the people when it opens', () => {
    expect(dispatch).toHaveBeenCalledWith(PeoplePageActions.opened());
  });

  it('shows each account with role, state, language and status', async () => {
    const table = await loader.getHarness(MatTableHarness);
    const columns = await table.getCellTextByColumnName();

    // Name above email, in one cell.
    expect(columns['name'].text).toEqual([
      'Ada Adminada.admin@example.org',
      'Aigerim Bekovaaigerim.bekova@example.kz',
      'Jan Novákjan.novak@example.cz',
    ]);
    expect(columns['role'].text).toEqual(['Administrator', 'National focal point', 'Secretariat']);
    expect(columns['state'].text).toEqual(['', 'Kazakhstan', '']);
    expect(columns['locale'].text).toEqual(['English', 'Русский', 'English']);
    expect(columns['active'].text).toEqual(['Active', 'Active', 'Deactivated']);
  });

  describe('on a phone', () => {
    beforeEach(async () => {
      phone.resize(true);
      await fixture.whenStable();
    });

    it('keeps name, status and the menu, with role, state and language under the name', async () => {
      const table = await loader.getHarness(MatTableHarness);
      const columns = await table.getCellTextByColumnName();

      expect(Object.keys(columns)).toEqual(['name', 'active', 'actions']);
      expect(columns['name'].text.map((cell) => cell.replace(/\s+/g, ' '))).toEqual([
        'Ada Adminada.admin@example.org Administrator · English',
        'Aigerim Bekovaaigerim.bekova@example.kz National focal point · Kazakhstan · Русский',
        'Jan Novákjan.novak@example.cz Secretariat · English',
      ]);
      expect(columns['active'].text).toEqual(['Active', 'Active', 'Deactivated']);
    });

    it('still opens each person’s menu', async () => {
      const menu = await rowMenu('Jan Novák');
      await menu.open();
      expect(await menu.getItems().then((items) => items.length)).toBeGreaterThan(0);
    });
  });

  describe('filters', () => {
    it('start at "all"', async () => {
      expect(await (await filter('Role')).getValueText()).toBe('All roles');
      expect(await (await filter('State')).getValueText()).toBe('All states');
      expect(await (await filter('Status')).getValueText()).toBe('All');
    });

    it('filter by role', async () => {
      const role = await filter('Role');
      await role.open();
      await role.clickOptions({ text: 'National focal point' });

      expect(dispatch).toHaveBeenCalledWith(
        PeoplePageActions.filterChanged({ filter: { ...NO_FILTER, role: 'focal_point' } }),
      );
    });

    it('filter by state, by its name', async () => {
      const state = await filter('State');
      await state.open();
      await state.clickOptions({ text: 'Kazakhstan' });

      expect(dispatch).toHaveBeenCalledWith(
        PeoplePageActions.filterChanged({ filter: { ...NO_FILTER, stateCode: 'KZ' } }),
      );
    });

    it('filter by status', async () => {
      const status = await filter('Status');
      await status.open();
      await status.clickOptions({ text: 'Deactivated' });

      expect(dispatch).toHaveBeenCalledWith(
        PeoplePageActions.filterChanged({ filter: { ...NO_FILTER, active: false } }),
      );
    });

    it('say when no one matches', async () => {
      store.overrideSelector(selectAllPeople, []);
      store.refreshState();
      await fixture.whenStable();

      expect((fixture.nativeElement as HTMLElement).textContent).toContain(
        'No one matches these filters.',
      );
    });
  });

  it('opens the invite dialog', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: /Invite person/ }))).click();

    expect(await (await root.getHarness(MatDialogHarness)).getTitleText()).toBe('Invite a person');
  });

  it('opens the edit dialog from a row', async () => {
    await (await rowMenu('Aigerim Bekova')).clickItem({ text: /Edit/ });

    expect(await (await root.getHarness(MatDialogHarness)).getTitleText()).toBe('Edit account');
  });

  describe('deactivating a person', () => {
    beforeEach(async () => {
      await (await rowMenu('Aigerim Bekova')).clickItem({ text: /Deactivate/ });
    });

    it('asks first, explaining what happens', async () => {
      const dialog = await root.getHarness(MatDialogHarness);

      expect(await dialog.getTitleText()).toBe('Deactivate Aigerim Bekova?');
      expect(await dialog.getContentText()).toContain('will no longer be able to sign in');
    });

    it('deactivates once confirmed', async () => {
      await (
        await root.getHarness(
          MatButtonHarness.with({ text: 'Deactivate', ancestor: 'mat-dialog-container' }),
        )
      ).click();

      expect(dispatch).toHaveBeenCalledWith(
        PeoplePageActions.activeChangeConfirmed({ id: FOCAL_POINT.id, active: false }),
      );
    });
  });

  it('offers to reactivate a deactivated person, and not to reset their password', async () => {
    const menu = await rowMenu('Jan Novák');
    await menu.open();
    const items = await Promise.all((await menu.getItems()).map((item) => item.getText()));

    expect(items).toEqual([jasmine.stringMatching(/Edit$/), jasmine.stringMatching(/Reactivate$/)]);
  });

  it('does not offer admins to deactivate themselves', async () => {
    const menu = await rowMenu('Ada Admin');
    await menu.open();
    const items = await Promise.all((await menu.getItems()).map((item) => item.getText()));

    expect(items.some((item) => item.includes('Deactivate'))).toBeFalse();
  });

  describe('people who never set a password', () => {
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const INVITED = aUser({
      id: 'p-inv',
      name: 'Nodir Invited',
      email: 'nodir@example.uz',
      role: 'evaluator',
      status: 'invited',
      invitedAt: threeDaysAgo,
    });
    const EXPIRED = aUser({
      id: 'p-exp',
      name: 'Olga Expired',
      email: 'olga@example.md',
      role: 'evaluator',
      status: 'invited',
      invitedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(),
      invitationExpired: true,
    });

    beforeEach(async () => {
      store.overrideSelector(selectAllPeople, [INVITED, EXPIRED, ADMIN]);
      store.refreshState();
      await fixture.whenStable();
    });

    it('shows them as invited, since when, and whether the invitation expired', async () => {
      const columns = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

      expect(columns['active'].text.map((cell) => cell.replace(/\s+/g, ' '))).toEqual([
        'Invited Invited 3 days ago, no password yet',
        'Invited Invitation expired: resend it',
        'Active',
      ]);
    });

    it('offers to resend the invitation instead of a password reset', async () => {
      const menu = await rowMenu('Olga Expired');
      await menu.open();
      const items = await Promise.all((await menu.getItems()).map((item) => item.getText()));
      expect(items.some((item) => item.includes('Reset password'))).toBeFalse();

      await menu.clickItem({ text: /Resend invitation/ });
      expect(dispatch).toHaveBeenCalledWith(
        PeoplePageActions.invitationResendClicked({ id: 'p-exp' }),
      );
    });
  });

  describe('resetting a password', () => {
    it('starts a reset once confirmed', async () => {
      await (await rowMenu('Aigerim Bekova')).clickItem({ text: /Reset password/ });
      await (await root.getHarness(MatButtonHarness.with({ text: 'Create reset link' }))).click();

      expect(dispatch).toHaveBeenCalledWith(
        PeoplePageActions.passwordResetConfirmed({ id: FOCAL_POINT.id }),
      );
    });

    it('shows the reset link once, with a copy button', async () => {
      const copy = spyOn(TestBed.inject(Clipboard), 'copy').and.returnValue(true);
      store.overrideSelector(selectRevealedReset, {
        url: 'http://monitor.example/reset-password/Qm2k1bqUPXJ0rjX2y5lV6b',
        kind: 'reset',
        person: FOCAL_POINT,
      });
      store.refreshState();
      await fixture.whenStable();

      const link = await loader.getHarness(MatInputHarness.with({ selector: '.secret-value' }));
      expect(await link.getValue()).toBe(
        'http://monitor.example/reset-password/Qm2k1bqUPXJ0rjX2y5lV6b',
      );
      expect(
        (fixture.nativeElement as HTMLElement).querySelector('.reset-link')?.textContent,
      ).toContain(
        'Send this link to Aigerim Bekova yourself. It is shown only now and is valid for 2 hours.',
      );

      await (await loader.getHarness(MatButtonHarness.with({ text: /Copy/ }))).click();
      expect(copy).toHaveBeenCalledOnceWith(
        'http://monitor.example/reset-password/Qm2k1bqUPXJ0rjX2y5lV6b',
      );

      await (await loader.getHarness(MatButtonHarness.with({ text: 'Done' }))).click();
      expect(dispatch).toHaveBeenCalledWith(PeoplePageActions.resetLinkDismissed());
    });
  });

  it('speaks Russian when the interface does', async () => {
    TestBed.inject(TranslocoService).setActiveLang('ru');
    await fixture.whenStable();

    const table = await loader.getHarness(MatTableHarness);
    const columns = await table.getCellTextByColumnName();
    expect(columns['role'].text).toEqual([
      'Администратор',
      'Национальный координатор',
      'Секретариат',
    ]);
    expect(columns['active'].text).toEqual(['Активна', 'Активна', 'Отключена']);
    expect(await (await filter('Роль')).getValueText()).toBe('Все роли');
  });
});
