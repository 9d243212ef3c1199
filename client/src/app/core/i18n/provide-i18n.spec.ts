import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { throwError } from 'rxjs';

import { provideTranslocoForTests } from '../../../testing/i18n-testing';
import { LanguageDetectionActions } from './language.actions';
import { BROWSER_LANGUAGES, LOCALE_STORAGE, type LocaleStorage } from './locale-detection';
import { startInDetectedLanguage } from './provide-i18n';

describe('startInDetectedLanguage', () => {
  let dispatch: jasmine.Spy;

  function setUp(saved: string | null, browserLanguages: readonly string[]): void {
    const storage: LocaleStorage = { getItem: () => saved, setItem: () => undefined };
    TestBed.configureTestingModule({
      providers: [
        provideMockStore(),
        provideTranslocoForTests('en'),
        { provide: LOCALE_STORAGE, useValue: storage },
        { provide: BROWSER_LANGUAGES, useValue: browserLanguages },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
  }

  describe('when the user chose Russian on an earlier visit', () => {
    it('announces Russian, whatever the browser prefers', async () => {
      setUp('ru', ['en-US']);

      await TestBed.runInInjectionContext(startInDetectedLanguage);

      expect(dispatch).toHaveBeenCalledOnceWith(
        LanguageDetectionActions.initialLanguageDetected({ locale: 'ru' }),
      );
    });
  });

  describe('on a first visit from a Russian-language browser', () => {
    it('announces Russian', async () => {
      setUp(null, ['ru-RU', 'en']);

      await TestBed.runInInjectionContext(startInDetectedLanguage);

      expect(dispatch).toHaveBeenCalledOnceWith(
        LanguageDetectionActions.initialLanguageDetected({ locale: 'ru' }),
      );
    });
  });

  describe('on a first visit from any other browser', () => {
    it('announces English', async () => {
      setUp(null, ['de-DE']);

      await TestBed.runInInjectionContext(startInDetectedLanguage);

      expect(dispatch).toHaveBeenCalledOnceWith(
        LanguageDetectionActions.initialLanguageDetected({ locale: 'en' }),
      );
    });
  });

  describe('when the translations cannot be loaded', () => {
    it('still lets the app start', async () => {
      setUp(null, ['en']);
      spyOn(TestBed.inject(TranslocoService), 'load').and.returnValue(
        throwError(() => new Error('offline')),
      );

      await expectAsync(TestBed.runInInjectionContext(startInDetectedLanguage)).toBeResolved();
    });
  });
});
