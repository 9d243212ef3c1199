import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { anApiError } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import {
  type LinkDescription,
  type LinkProblem,
  SetPasswordPageActions,
  selectLink,
  selectLinkError,
  selectLinkProblem,
  selectLinkStatus,
} from '../data-access';
import SetPasswordPage from './set-password-page';

const secret = 'Qm2k1bqUPXJ0rjX2y5lV6bTqU5s9cZx3';
const invitation: LinkDescription = {
  purpose: 'invitation',
  email: 'aigerim.bekova@example.kz',
  name: 'Aigerim Bekova',
};

describe('SetPasswordPage', () => {
  let fixture: ComponentFixture<SetPasswordPage>;
  let loader: HarnessLoader;
  let store: MockStore;
  let dispatch: jasmine.Spy;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideMockStore(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(selectLink, null);
    store.overrideSelector(selectLinkStatus, 'loading');
    store.overrideSelector(selectLinkError, null);
    store.overrideSelector(selectLinkProblem, null);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(SetPasswordPage);
    fixture.componentRef.setInput('secret', secret);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  const text = (selector: string): string =>
    (fixture.nativeElement as HTMLElement)
      .querySelector(selector)
      ?.textContent.replace(/\s+/g, ' ')
      .trim() ?? '';

  async function show(
    link: LinkDescription | null,
    problem: LinkProblem | null = null,
  ): Promise<void> {
    store.overrideSelector(selectLink, link);
    store.overrideSelector(selectLinkStatus, link ? 'loaded' : 'failed');
    store.overrideSelector(selectLinkProblem, problem);
    store.refreshState();
    await fixture.whenStable();
  }

  const field = (label: RegExp): Promise<MatFormFieldHarness> =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: RegExp): Promise<MatInputHarness> =>
    (await field(label)).getControl(MatInputHarness) as Promise<MatInputHarness>;

  it('asks the server about the link', () => {
    expect(dispatch).toHaveBeenCalledOnceWith(SetPasswordPageActions.opened({ secret }));
  });

  it('says it is checking the link meanwhile', () => {
    expect(text('[role="status"]')).toBe('Checking the link…');
  });

  describe('for an invitation', () => {
    beforeEach(() => show(invitation));

    it('welcomes the person by name and shows their account', async () => {
      expect(text('h1')).toBe('Welcome, Aigerim Bekova');
      const account = await input(/Account/);
      expect(await account.getValue()).toBe('aigerim.bekova@example.kz');
      expect(await account.isReadonly()).toBeTrue();
    });

    it('spells out the password rules', async () => {
      expect(await (await field(/^New password/)).getTextHints()).toEqual([
        'At least 12 characters, and not a commonly used password. A phrase of a few words is easy to remember and hard to guess.',
      ]);
    });

    it('sets the password typed twice', async () => {
      await (await input(/^New password/)).setValue('Silk Road caravans 1999');
      await (await input(/Repeat/)).setValue('Silk Road caravans 1999');
      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Set password and sign in' }))
      ).click();

      expect(dispatch).toHaveBeenCalledWith(
        SetPasswordPageActions.submitted({ secret, password: 'Silk Road caravans 1999' }),
      );
    });

    it('refuses a short password and a repetition that differs, before asking the server', async () => {
      await (await input(/^New password/)).setValue('short');
      await (await input(/Repeat/)).setValue('shorter');
      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Set password and sign in' }))
      ).click();

      expect(await (await field(/^New password/)).getTextErrors()).toEqual([
        'Use at least 12 characters',
      ]);
      expect(await (await field(/Repeat/)).getTextErrors()).toEqual(['The passwords do not match']);
      expect(dispatch).toHaveBeenCalledTimes(1);
    });

    it("shows the server's refusal of a common password on the password field", async () => {
      store.overrideSelector(
        selectLinkError,
        anApiError({
          details: [
            {
              path: 'password',
              message: 'is a commonly used password; choose a longer phrase of your own',
            },
          ],
        }),
      );
      store.refreshState();
      await fixture.whenStable();

      expect(await (await field(/^New password/)).getTextErrors()).toEqual([
        'This password is too common. Choose a longer phrase of your own.',
      ]);
    });

    it('speaks Russian when the interface does', async () => {
      TestBed.inject(TranslocoService).setActiveLang('ru');
      await fixture.whenStable();

      expect(text('h1')).toBe('Добро пожаловать, Aigerim Bekova');
      expect(
        await loader.getHarness(MatButtonHarness.with({ text: 'Задать пароль и войти' })),
      ).toBeTruthy();
    });
  });

  describe('for a password reset', () => {
    beforeEach(() => show({ ...invitation, purpose: 'password_reset' }));

    it('asks for a new password', async () => {
      expect(text('h1')).toBe('Choose a new password');
      expect(
        await loader.getHarness(MatButtonHarness.with({ text: 'Save password and sign in' })),
      ).toBeTruthy();
    });
  });

  describe('for an expired or used link', () => {
    beforeEach(() => show(null, 'expired'));

    it('says so clearly, offers the sign-in page and no form', async () => {
      expect(text('[role="alert"] .alert-text')).toBe(
        'This link has expired or was already used. Ask your administrator for a new one.',
      );
      expect(await loader.getAllHarnesses(MatInputHarness)).toEqual([]);
      const signIn = await loader.getHarness(MatButtonHarness.with({ text: 'Go to sign-in' }));
      expect(await (await signIn.host()).getAttribute('href')).toBe('/sign-in');
    });
  });

  describe('when the server could not be asked', () => {
    beforeEach(() => show(null, 'unavailable'));

    it('offers to try again', async () => {
      dispatch.calls.reset();
      await (await loader.getHarness(MatButtonHarness.with({ text: /Try again/ }))).click();

      expect(dispatch).toHaveBeenCalledOnceWith(SetPasswordPageActions.opened({ secret }));
    });
  });
});
