import { Actions } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { of } from 'rxjs';

import { LanguageDetectionActions, LanguageSwitcherActions } from './language.actions';
import { applyLanguage, rememberLanguage } from './language.effects';
import { LOCALE_STORAGE_KEY, type LocaleStorage } from './locale-detection';

function actionsOf(...actions: Action[]): Actions {
  return new Actions(of(...actions));
}

function memoryStorage(): LocaleStorage & { readonly saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return {
    saved,
    getItem: (key) => saved.get(key) ?? null,
    setItem: (key, value) => void saved.set(key, value),
  };
}

describe('language effects', () => {
  describe('applyLanguage', () => {
    let transloco: { setActiveLang: jasmine.Spy };
    let page: { documentElement: HTMLElement };

    beforeEach(() => {
      transloco = { setActiveLang: jasmine.createSpy('setActiveLang') };
      page = { documentElement: document.createElement('html') };
      page.documentElement.lang = 'en';
    });

    it('switches Transloco and <html lang> when the user selects a language', () => {
      applyLanguage(
        actionsOf(LanguageSwitcherActions.languageSelected({ locale: 'ru' })),
        transloco,
        page,
      ).subscribe();

      expect(transloco.setActiveLang).toHaveBeenCalledOnceWith('ru');
      expect(page.documentElement.lang).toBe('ru');
    });

    it('applies the language detected at start-up', () => {
      applyLanguage(
        actionsOf(LanguageDetectionActions.initialLanguageDetected({ locale: 'ru' })),
        transloco,
        page,
      ).subscribe();

      expect(transloco.setActiveLang).toHaveBeenCalledOnceWith('ru');
      expect(page.documentElement.lang).toBe('ru');
    });

    it("applies the language saved in the person's account", () => {
      applyLanguage(
        actionsOf(LanguageDetectionActions.accountLanguageFound({ locale: 'ru' })),
        transloco,
        page,
      ).subscribe();

      expect(transloco.setActiveLang).toHaveBeenCalledOnceWith('ru');
      expect(page.documentElement.lang).toBe('ru');
    });

    it('leaves everything alone for unrelated events', () => {
      applyLanguage(
        actionsOf({ type: '[Elsewhere] Something Happened' }),
        transloco,
        page,
      ).subscribe();

      expect(transloco.setActiveLang).not.toHaveBeenCalled();
      expect(page.documentElement.lang).toBe('en');
    });
  });

  describe('rememberLanguage', () => {
    it('saves a language the user selected under ppm.locale', () => {
      const storage = memoryStorage();

      rememberLanguage(
        actionsOf(LanguageSwitcherActions.languageSelected({ locale: 'ru' })),
        storage,
      ).subscribe();

      expect(storage.saved.get(LOCALE_STORAGE_KEY)).toBe('ru');
    });

    it("saves the account's language, so the next sign-in page starts in it", () => {
      const storage = memoryStorage();

      rememberLanguage(
        actionsOf(LanguageDetectionActions.accountLanguageFound({ locale: 'ru' })),
        storage,
      ).subscribe();

      expect(storage.saved.get(LOCALE_STORAGE_KEY)).toBe('ru');
    });

    it('does not save a language that was only detected', () => {
      const storage = memoryStorage();

      rememberLanguage(
        actionsOf(LanguageDetectionActions.initialLanguageDetected({ locale: 'ru' })),
        storage,
      ).subscribe();

      expect(storage.saved.size).toBe(0);
    });

    it('keeps working when storage refuses to save', () => {
      const full: LocaleStorage = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('full', 'QuotaExceededError');
        },
      };
      const seen: Action[] = [];

      rememberLanguage(
        actionsOf(
          LanguageSwitcherActions.languageSelected({ locale: 'ru' }),
          LanguageSwitcherActions.languageSelected({ locale: 'en' }),
        ),
        full,
      ).subscribe((action) => seen.push(action));

      expect(seen.length).toBe(2);
    });

    it('keeps working without any storage', () => {
      const seen: Action[] = [];
      rememberLanguage(
        actionsOf(LanguageSwitcherActions.languageSelected({ locale: 'ru' })),
        null,
      ).subscribe((action) => seen.push(action));
      expect(seen.length).toBe(1);
    });
  });
});
