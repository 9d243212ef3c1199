import { Clipboard } from '@angular/cdk/clipboard';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { PersonalToken } from '@ppm/shared';

import { ADMIN } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import { selectLocale } from '../../../core/i18n';
import { selectUser } from '../../../core/session';
import {
  type CreatedToken,
  ProfilePageActions,
  selectAllTokens,
  selectCreatedToken,
  selectDetailsError,
  selectDetailsStatus,
  selectPasswordError,
  selectPasswordStatus,
  selectRevokingIds,
  selectStateName,
  selectTokenCreateError,
  selectTokenCreateStatus,
  selectTokensStatus,
} from '../data-access';
import ProfilePage from './profile-page';

const tokens: PersonalToken[] = [
  {
    id: 't2',
    name: 'Quarterly export',
    createdAt: '2026-03-01T08:00:00.000Z',
    expiresAt: '2026-05-30T08:00:00.000Z',
    lastUsedAt: null,
  },
  {
    id: 't1',
    name: 'CI',
    createdAt: '2026-01-10T08:00:00.000Z',
    expiresAt: '2026-04-10T08:00:00.000Z',
    lastUsedAt: '2026-02-01T08:00:00.000Z',
  },
];

describe('ProfilePage', () => {
  let fixture: ComponentFixture<ProfilePage>;
  let loader: HarnessLoader;
  let root: HarnessLoader;
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
    store.overrideSelector(selectUser, ADMIN);
    store.overrideSelector(selectLocale, 'en');
    store.overrideSelector(selectDetailsStatus, 'idle');
    store.overrideSelector(selectDetailsError, null);
    store.overrideSelector(selectPasswordStatus, 'idle');
    store.overrideSelector(selectPasswordError, null);
    store.overrideSelector(selectAllTokens, tokens);
    store.overrideSelector(selectTokensStatus, 'loaded');
    store.overrideSelector(selectTokenCreateStatus, 'idle');
    store.overrideSelector(selectTokenCreateError, null);
    store.overrideSelector(selectCreatedToken, null);
    store.overrideSelector(selectRevokingIds, []);
    store.overrideSelector(selectStateName, null);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(ProfilePage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  const page = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string =>
    page().querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  const field = (label: string | RegExp): Promise<MatFormFieldHarness> =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string | RegExp): Promise<MatInputHarness> =>
    (await field(label)).getControl(MatInputHarness) as Promise<MatInputHarness>;
  const button = (label: string | RegExp): Promise<MatButtonHarness> =>
    loader.getHarness(MatButtonHarness.with({ text: label }));

  it('loads the tokens when it opens', () => {
    expect(dispatch).toHaveBeenCalledWith(ProfilePageActions.opened());
  });

  describe('the account', () => {
    it('shows email and role', () => {
      expect(text('h1')).toBe('Your profile');
      expect(text('.facts')).toContain('ada.admin@example.org');
      expect(text('.facts')).toContain('Administrator');
    });

    it('names a focal point’s state in the language shown, not by its code', async () => {
      store.overrideSelector(selectUser, { ...ADMIN, role: 'focal_point', stateCode: 'GE' });
      store.overrideSelector(selectStateName, { en: 'Georgia', ru: 'Грузия' });
      store.refreshState();
      await fixture.whenStable();
      const state = Array.from(page().querySelectorAll('.fact')).find((fact) =>
        fact.textContent.includes('State'),
      );
      expect(state?.querySelector('dd')?.textContent.trim()).toBe('Georgia');
    });

    it('says the language field is for emails; the screen’s language is the header’s', async () => {
      expect(await (await field(/Language of emails/)).getTextHints()).toEqual([
        'The screen’s language is switched at the top of the page.',
      ]);
    });

    it('offers the API documentation beside the tokens, in a new tab', () => {
      const link = page().querySelector<HTMLAnchorElement>('a.api-docs');
      expect(link?.getAttribute('href')).toBe('/api/docs');
      expect(link?.target).toBe('_blank');
      expect(link?.rel).toBe('noopener');
      expect(link?.textContent).toContain('(opens in a new tab)');
    });

    it('fills in the saved name and language', async () => {
      expect(await (await input('Name')).getValue()).toBe('Ada Admin');
      const language = await loader.getHarness(MatSelectHarness);
      expect(await language.getValueText()).toBe('English');
    });

    it('saves a new name and language', async () => {
      await (await input('Name')).setValue('Ada Lovelace');
      const language = await loader.getHarness(MatSelectHarness);
      await language.open();
      await language.clickOptions({ text: 'Русский' });
      await (await button('Save')).click();

      expect(dispatch).toHaveBeenCalledWith(
        ProfilePageActions.detailsSubmitted({ changes: { name: 'Ada Lovelace', locale: 'ru' } }),
      );
    });

    it('refuses an empty name', async () => {
      await (await input('Name')).setValue('');
      await (await button('Save')).click();

      expect(await (await field('Name')).getTextErrors()).toEqual(['Enter your name']);
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: ProfilePageActions.detailsSubmitted.type }),
      );
    });

    it('says when the changes are saved', async () => {
      store.overrideSelector(selectDetailsStatus, 'saved');
      store.refreshState();
      await fixture.whenStable();

      expect(text('.inline-alert .alert-text')).toBe('Saved.');
    });
  });

  describe('the password', () => {
    it('changes it with the current one and the new one typed twice', async () => {
      await (await input('Current password')).setValue('one-time pass 1');
      await (await input('New password')).setValue('Silk Road caravans 1999');
      await (await input('Repeat the new password')).setValue('Silk Road caravans 1999');
      await (await button('Change password')).click();

      expect(dispatch).toHaveBeenCalledWith(
        ProfilePageActions.passwordSubmitted({
          change: { currentPassword: 'one-time pass 1', newPassword: 'Silk Road caravans 1999' },
        }),
      );
    });

    it('says when it was changed', async () => {
      store.overrideSelector(selectPasswordStatus, 'saved');
      store.refreshState();
      await fixture.whenStable();

      expect(page().textContent).toContain('Your password has been changed.');
      expect(await (await input('Current password')).getValue()).toBe('');
    });
  });

  describe('personal access tokens', () => {
    it('lists them with their dates', async () => {
      const table = await loader.getHarness(MatTableHarness);
      const rows = await table.getCellTextByColumnName();

      expect(rows['name'].text).toEqual(['Quarterly export', 'CI']);
      expect(rows['createdAt'].text[1]).toContain('2026');
      expect(rows['lastUsedAt'].text).toEqual(['Never', jasmine.stringContaining('2026')]);
    });

    it('creates one with a name and a lifetime in days', async () => {
      await (await input('Token name')).setValue('Nightly export');
      await (await input(/Valid for/)).setValue('30');
      await (await button(/Create token/)).click();

      expect(dispatch).toHaveBeenCalledWith(
        ProfilePageActions.tokenCreateSubmitted({
          token: { name: 'Nightly export', expiresInDays: 30 },
        }),
      );
    });

    it('refuses a lifetime beyond a year', async () => {
      await (await input('Token name')).setValue('Forever');
      await (await input(/Valid for/)).setValue('400');
      await (await button(/Create token/)).click();

      expect(await (await field(/Valid for/)).getTextErrors()).toEqual([
        'Enter a number of days from 1 to 365',
      ]);
    });

    describe('just created', () => {
      const created: CreatedToken = { ...tokens[0], token: 'ppm_pat_3kQ9x7Lm2Vb8Zr4T' };
      let copy: jasmine.Spy;

      beforeEach(async () => {
        copy = spyOn(TestBed.inject(Clipboard), 'copy').and.returnValue(true);
        store.overrideSelector(selectCreatedToken, created);
        store.refreshState();
        await fixture.whenStable();
      });

      it('shows the secret once, with a clear warning', async () => {
        expect(text('.created-heading')).toBe('Token "Quarterly export" created');
        expect(await (await input('Your new token')).getValue()).toBe('ppm_pat_3kQ9x7Lm2Vb8Zr4T');
        expect(text('.created [role="alert"] .alert-text')).toBe(
          'Copy the token now: you will not be able to see it again.',
        );
      });

      it('copies it with one click', async () => {
        await (await button(/Copy/)).click();

        expect(copy).toHaveBeenCalledOnceWith('ppm_pat_3kQ9x7Lm2Vb8Zr4T');
      });

      it('lets the person put it away', async () => {
        await (await button('I have copied it')).click();

        expect(dispatch).toHaveBeenCalledWith(ProfilePageActions.createdTokenDismissed());
      });
    });

    describe('revoking one', () => {
      beforeEach(async () => {
        const revoke = await loader.getHarness(
          MatButtonHarness.with({ selector: '[aria-label="Revoke token \\"CI\\""]' }),
        );
        await revoke.click();
      });

      it('asks first, naming the token', async () => {
        const dialog = await root.getHarness(MatDialogHarness);

        expect(await dialog.getTitleText()).toBe('Revoke this token?');
        expect(await dialog.getContentText()).toContain('"CI"');
      });

      it('revokes it once confirmed', async () => {
        await (
          await root.getHarness(
            MatButtonHarness.with({ text: 'Revoke', ancestor: 'mat-dialog-container' }),
          )
        ).click();

        expect(dispatch).toHaveBeenCalledWith(
          ProfilePageActions.tokenRevokeConfirmed({ id: 't1' }),
        );
      });

      it('keeps it when the person cancels', async () => {
        await (await root.getHarness(MatButtonHarness.with({ text: 'Cancel' }))).click();

        expect(dispatch).not.toHaveBeenCalledWith(
          jasmine.objectContaining({ type: ProfilePageActions.tokenRevokeConfirmed.type }),
        );
      });
    });
  });

  it('speaks Russian when the interface does', async () => {
    TestBed.inject(TranslocoService).setActiveLang('ru');
    store.overrideSelector(selectLocale, 'ru');
    store.refreshState();
    await fixture.whenStable();

    expect(text('h1')).toBe('Ваш профиль');
    expect(text('#tokens-heading')).toBe('Персональные токены доступа');
    expect(await (await loader.getHarness(MatSelectHarness)).getValueText()).toBe('English');
  });
});
