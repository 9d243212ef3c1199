import { TestBed } from '@angular/core/testing';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { type Observable, firstValueFrom, isObservable, of, throwError } from 'rxjs';

import { provideTranslocoForTests } from '../../../testing/i18n-testing';
import { scopeKeyPrefix, scopeOfKey, translationScopeLoaded } from './translation-scopes';

describe('translation scopes', () => {
  it('tell which scope a key belongs to', () => {
    expect(scopeOfKey('people.dialog.inviteTitle')).toBe('people');
    expect(scopeOfKey('auth.signIn.title')).toBe('auth');
    expect(scopeOfKey('notFound.title')).toBeUndefined();
    expect(scopeOfKey('peoples.title')).toBeUndefined();
  });

  it('know that Transloco camel-cases a scope name in its keys', () => {
    expect(scopeKeyPrefix('people')).toBe('people');
    expect(scopeKeyPrefix('action-plan')).toBe('actionPlan');
  });

  describe('translationScopeLoaded', () => {
    let transloco: TranslocoService;

    beforeEach(() => {
      TestBed.configureTestingModule({ providers: [provideTranslocoForTests('ru')] });
      transloco = TestBed.inject(TranslocoService);
    });

    function resolve(): Promise<boolean> {
      const result = TestBed.runInInjectionContext(() =>
        translationScopeLoaded('people')({} as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
      );
      return firstValueFrom(
        isObservable(result) ? (result as Observable<boolean>) : of(result as boolean),
      );
    }

    it("loads the scope's file in the active language before the page opens", async () => {
      const load = spyOn(transloco, 'load').and.callThrough();

      expect(await resolve()).toBeTrue();
      expect(load).toHaveBeenCalledWith('people/ru');
    });

    it('lets the page open even when the file cannot be loaded', async () => {
      spyOn(transloco, 'load').and.returnValue(throwError(() => new Error('offline')));

      expect(await resolve()).toBeFalse();
    });
  });
});
