import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatProgressSpinnerHarness } from '@angular/material/progress-spinner/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { anApiError } from '../../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../../testing/i18n-testing';
import { provideIconsForTests } from '../../../../testing/icons-testing';
import type { ApiError } from '../../../core/http';
import {
  type SessionStatus,
  SignInPageActions,
  selectSessionError,
  selectSessionStatus,
} from '../../../core/session';
import { ForgotPasswordFormActions, selectResetError, selectResetStatus } from '../data-access';
import SignInPage from './sign-in-page';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
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
    store.overrideSelector(selectSessionStatus, 'signed_out');
    store.overrideSelector(selectSessionError, null);
    store.overrideSelector(selectResetStatus, 'idle');
    store.overrideSelector(selectResetError, null);
    dispatch = spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(SignInPage);
    fixture.componentRef.setInput('returnUrl', '/people?role=admin');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => store.resetSelectors());

  const page = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string =>
    page().querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

  async function field(label: string | RegExp): Promise<MatFormFieldHarness> {
    return loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function input(label: string | RegExp): Promise<MatInputHarness> {
    return (await field(label)).getControl(MatInputHarness) as Promise<MatInputHarness>;
  }

  async function session(status: SessionStatus, error: ApiError | null = null): Promise<void> {
    store.overrideSelector(selectSessionStatus, status);
    store.overrideSelector(selectSessionError, error);
    store.refreshState();
    await fixture.whenStable();
  }

  async function speakRussian(): Promise<void> {
    TestBed.inject(TranslocoService).setActiveLang('ru');
    await fixture.whenStable();
  }

  it('announces that the page opened, forgetting an earlier failure', () => {
    expect(dispatch).toHaveBeenCalledWith(SignInPageActions.opened());
  });

  describe('in English', () => {
    it('asks for email and password', async () => {
      expect(text('h1')).toBe('Sign in');
      expect(await (await field(/Email/)).getLabel()).toBe('Email');
      expect(await (await field(/Password/)).getLabel()).toBe('Password');
      expect(await (await input(/Email/)).getType()).toBe('email');
      expect(await (await input(/Password/)).getType()).toBe('password');
    });

    it('says why it is shown when it interrupted the way to another page', () => {
      expect(text('.to-continue .alert-text')).toBe(
        'Sign in to continue to the page you asked for.',
      );
    });

    it('offers signing in and help with a forgotten password', async () => {
      expect(await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))).toBeTruthy();
      expect(
        await loader.getHarness(MatButtonHarness.with({ text: 'Forgot your password?' })),
      ).toBeTruthy();
    });
  });

  describe('in Russian', () => {
    beforeEach(speakRussian);

    it('asks for email and password in Russian', async () => {
      expect(text('h1')).toBe('Вход');
      expect(await (await field(/Электронная почта/)).getLabel()).toBe('Электронная почта');
      expect(await (await field(/Пароль/)).getLabel()).toBe('Пароль');
      expect(await loader.getHarness(MatButtonHarness.with({ text: 'Войти' }))).toBeTruthy();
      expect(
        await loader.getHarness(MatButtonHarness.with({ text: 'Забыли пароль?' })),
      ).toBeTruthy();
    });

    it('says in Russian that the password was wrong', async () => {
      await session('failed', anApiError({ status: 401, code: 'invalid_credentials' }));

      expect(text('[role="alert"] .alert-text')).toBe(
        'Неверный адрес электронной почты или пароль.',
      );
    });
  });

  describe('when the person signs in', () => {
    beforeEach(async () => {
      await (await input(/Email/)).setValue('ada.admin@example.org');
      await (await input(/Password/)).setValue('Prague Process 2009');
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))).click();
    });

    it('reports the credentials and where to go afterwards', () => {
      expect(dispatch).toHaveBeenCalledWith(
        SignInPageActions.submitted({
          credentials: { email: 'ada.admin@example.org', password: 'Prague Process 2009' },
          returnUrl: '/people?role=admin',
        }),
      );
    });

    it('shows progress and cannot be submitted twice while signing in', async () => {
      await session('loading');
      const button = await loader.getHarness(MatButtonHarness.with({ text: /Signing in/ }));

      expect(await button.isDisabled()).toBeTrue();
      expect(await loader.getAllHarnesses(MatProgressSpinnerHarness)).toHaveSize(1);
    });

    it('says when the email or password is wrong', async () => {
      await session('failed', anApiError({ status: 401, code: 'invalid_credentials' }));

      expect(text('[role="alert"] .alert-text')).toBe('The email or password is not correct.');
      expect(
        await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))).isDisabled(),
      ).toBeFalse();
    });

    it('says how many minutes to wait after too many failures', async () => {
      await session(
        'failed',
        anApiError({ status: 429, code: 'too_many_attempts', retryAfterSeconds: 400 }),
      );

      expect(text('[role="alert"] .alert-text')).toBe(
        'Too many failed sign-in attempts. Please wait 7 min and try again.',
      );
    });

    it("puts the server's complaint about a field on that field", async () => {
      await session(
        'failed',
        anApiError({ details: [{ path: 'email', message: 'must be a valid email address' }] }),
      );

      expect(await (await field(/Email/)).getTextErrors()).toEqual(['Enter a valid email address']);
    });
  });

  describe('with empty fields', () => {
    beforeEach(async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }))).click();
    });

    it('says what is missing and sends nothing', async () => {
      expect(await (await field(/Email/)).getTextErrors()).toEqual(['Enter an email address']);
      expect(await (await field(/Password/)).getTextErrors()).toEqual(['Enter your password']);
      expect(dispatch).not.toHaveBeenCalledWith(
        jasmine.objectContaining({ type: SignInPageActions.submitted.type }),
      );
    });

    it('puts the cursor in the first field to fix', () => {
      expect(document.activeElement?.id).toBe('sign-in-email');
    });
  });

  it('shows and hides the password on request', async () => {
    const toggle = await loader.getHarness(
      MatButtonHarness.with({ selector: '.visibility-toggle' }),
    );
    const host = await toggle.host();
    expect(await host.getAttribute('aria-label')).toBe('Show password');
    expect(await host.getAttribute('aria-pressed')).toBe('false');

    await toggle.click();

    expect(await (await input(/Password/)).getType()).toBe('text');
    expect(await host.getAttribute('aria-pressed')).toBe('true');
  });

  describe('when the password is forgotten', () => {
    beforeEach(async () => {
      await (await input(/Email/)).setValue('ada.admin@example.org');
      await (
        await loader.getHarness(MatButtonHarness.with({ text: 'Forgot your password?' }))
      ).click();
    });

    it('asks for the address, filled in from the sign-in form', async () => {
      expect(text('h1')).toBe('Reset your password');
      expect(await (await input(/Email/)).getValue()).toBe('ada.admin@example.org');
      expect(dispatch).toHaveBeenCalledWith(ForgotPasswordFormActions.opened());
      expect(document.activeElement?.id).toBe('forgot-email');
    });

    it('asks for a reset link', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Send link' }))).click();

      expect(dispatch).toHaveBeenCalledWith(
        ForgotPasswordFormActions.submitted({ email: 'ada.admin@example.org' }),
      );
    });

    it('confirms without saying whether the account exists', async () => {
      store.overrideSelector(selectResetStatus, 'saved');
      store.refreshState();
      await fixture.whenStable();

      expect(text('[role="status"] .alert-text')).toBe(
        'If an account exists for ada.admin@example.org, a link to choose a new password is on its way. It is valid for 2 hours.',
      );
    });

    it('goes back to signing in', async () => {
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Back to sign-in' }))).click();

      expect(text('h1')).toBe('Sign in');
    });
  });
});
