import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { TranslocoService } from '@jsverse/transloco';

import { anApiError } from '../../../testing/fixtures';
import { provideTranslocoForTests } from '../../../testing/i18n-testing';
import { ErrorNotifier, notificationKeyFor } from './error-notifier';

@Component({
  selector: 'app-empty-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Empty {}

describe('ErrorNotifier', () => {
  describe('notificationKeyFor', () => {
    it('tells about an unreachable server, a failing server and a refusal by role', () => {
      expect(notificationKeyFor(anApiError({ status: 0, code: 'network_error' }))).toBe(
        'errors.network',
      );
      expect(notificationKeyFor(anApiError({ status: 500, code: 'internal_error' }))).toBe(
        'errors.server',
      );
      expect(notificationKeyFor(anApiError({ status: 403, code: 'forbidden' }))).toBe(
        'errors.forbidden',
      );
      expect(notificationKeyFor(anApiError({ status: 403, code: 'csrf_failed' }))).toBe(
        'errors.csrf',
      );
    });

    it('says the service is briefly unavailable, changes kept on the device, for a 503', () => {
      expect(notificationKeyFor(anApiError({ status: 503, code: 'database_unavailable' }))).toBe(
        'errors.unavailable',
      );
      expect(notificationKeyFor(anApiError({ status: 503, code: 'unknown_error' }))).toBe(
        'errors.unavailable',
      );
    });

    it('leaves to the page what a page can show: field problems, wrong passwords, conflicts', () => {
      for (const error of [
        anApiError({ status: 400 }),
        anApiError({ status: 401, code: 'invalid_credentials' }),
        anApiError({ status: 403, code: 'password_change_required' }),
        anApiError({ status: 409, code: 'email_taken' }),
        anApiError({ status: 429, code: 'too_many_attempts' }),
      ]) {
        expect(notificationKeyFor(error)).withContext(error.code).toBeNull();
      }
    });
  });

  describe('on screen', () => {
    let notifier: ErrorNotifier;

    beforeEach(() => {
      TestBed.configureTestingModule({
        providers: [
          provideTranslocoForTests('en'),
          { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        ],
      });
      notifier = TestBed.inject(ErrorNotifier);
    });

    afterEach(async () => {
      const loader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(Empty));
      for (const bar of await loader.getAllHarnesses(MatSnackBarHarness)) {
        await bar.dismissWithAction().catch(() => undefined);
      }
    });

    async function snackBar(): Promise<MatSnackBarHarness> {
      const fixture = TestBed.createComponent(Empty);
      return TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatSnackBarHarness);
    }

    it('says in English that the server cannot be reached, with a way to close it', async () => {
      await notifier.notifyApiError(anApiError({ status: 0, code: 'network_error' }));
      const bar = await snackBar();

      expect(await bar.getMessage()).toBe(
        'Cannot reach the server. Check your connection and try again.',
      );
      expect(await bar.getActionDescription()).toBe('Close');
      expect(await bar.getAriaLive()).toBe('assertive');
    });

    it('speaks Russian when the interface does', async () => {
      TestBed.inject(TranslocoService).setActiveLang('ru');

      await notifier.notifyApiError(anApiError({ status: 500, code: 'internal_error' }));
      const bar = await snackBar();

      expect(await bar.getMessage()).toBe('На сервере произошла ошибка. Повторите попытку позже.');
      expect(await bar.getActionDescription()).toBe('Закрыть');
    });

    it('shows nothing for errors a page shows itself', async () => {
      await notifier.notifyApiError(anApiError({ status: 401, code: 'invalid_credentials' }));
      const fixture = TestBed.createComponent(Empty);
      const bars =
        await TestbedHarnessEnvironment.documentRootLoader(fixture).getAllHarnesses(
          MatSnackBarHarness,
        );

      expect(bars.length).toBe(0);
    });
  });
});
