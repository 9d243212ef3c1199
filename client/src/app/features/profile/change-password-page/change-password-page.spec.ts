import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { ADMIN, anApiError } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectMustChangePassword, selectUser } from '../../../core/session';
import {
  ChangePasswordPageActions,
  selectPasswordError,
  selectPasswordStatus,
} from '../data-access';
import ChangePasswordPage from './change-password-page';

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectUser, { ...ADMIN, mustChangePassword: true });
    store.overrideSelector(selectMustChangePassword, true);
    store.overrideSelector(selectPasswordStatus, 'idle');
    store.overrideSelector(selectPasswordError, null);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ChangePasswordPage);
    fixture.componentRef.setInput('returnUrl', '/people');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  const text = (selector: string): string =>
    (fixture.nativeElement as HTMLElement)
      .querySelector(selector)
      ?.textContent.replace(/\s+/g, ' ')
      .trim() ?? '';
  const field = (label: string): Promise<MatFormFieldHarness> =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string): Promise<MatInputHarness> =>
    (await field(label)).getControl(MatInputHarness) as Promise<MatInputHarness>;

  it('explains why the one-time password must go first', () => {
    expect(text('h1')).toBe('Choose your own password');
    expect(text('app-alert .alert-text')).toBe(
      'Welcome, Ada Admin. You signed in with a one-time password: choose a password of your own to continue.',
    );
    expect(dispatch).toHaveBeenCalledWith(ChangePasswordPageActions.opened());
  });

  it('changes the password and remembers where to go next', async () => {
    await (await input('Current password')).setValue('one-time pass 1');
    await (await input('New password')).setValue('Silk Road caravans 1999');
    await (await input('Repeat the new password')).setValue('Silk Road caravans 1999');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save and continue' }))).click();

    expect(dispatch).toHaveBeenCalledWith(
      ChangePasswordPageActions.submitted({
        change: { currentPassword: 'one-time pass 1', newPassword: 'Silk Road caravans 1999' },
        returnUrl: '/people',
      }),
    );
  });

  it('refuses a repetition that differs', async () => {
    await (await input('Current password')).setValue('one-time pass 1');
    await (await input('New password')).setValue('Silk Road caravans 1999');
    await (await input('Repeat the new password')).setValue('Silk Road caravans 2000');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Save and continue' }))).click();

    expect(await (await field('Repeat the new password')).getTextErrors()).toEqual([
      'The passwords do not match',
    ]);
    expect(dispatch).not.toHaveBeenCalledWith(
      jasmine.objectContaining({ type: ChangePasswordPageActions.submitted.type }),
    );
  });

  it("shows the server's complaints on the right fields, in Russian too", async () => {
    store.overrideSelector(
      selectPasswordError,
      anApiError({
        details: [
          { path: 'currentPassword', message: 'is not correct' },
          { path: 'newPassword', message: 'must not contain your email address' },
        ],
      }),
    );
    store.overrideSelector(selectPasswordStatus, 'failed');
    store.refreshState();
    await fixture.whenStable();

    expect(await (await field('Current password')).getTextErrors()).toEqual([
      'This is not correct',
    ]);
    expect(await (await field('New password')).getTextErrors()).toEqual([
      'The password must not contain your email address',
    ]);

    TestBed.inject(TranslocoService).setActiveLang('ru');
    await fixture.whenStable();

    expect(await (await field('Текущий пароль')).getTextErrors()).toEqual(['Неверное значение']);
  });
});
