import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import type { User } from '@ppm/shared';

import { ADMIN, FOCAL_POINT } from '../testing/fixtures';
import { provideTranslocoForTests } from '../testing/i18n-testing';
import { provideIconsForTests } from '../testing/icons-testing';
import { routes } from './app.routes';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';
import { languageFeature } from './core/i18n';
import { type SessionState, sessionFeature } from './core/session';

const signedInAs = (user: User): SessionState => ({ user, status: 'signed_in', error: null });
const signedOut: SessionState = { user: null, status: 'signed_out', error: null };

describe('app routes', () => {
  let harness: RouterTestingHarness;

  async function start(session: SessionState): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        // The real store, so that lazy routes can register their feature state and effects;
        // their API calls go to a testing backend that never answers.
        provideStore(
          { language: languageFeature.reducer, session: sessionFeature.reducer },
          { initialState: { language: { locale: 'en' as const }, session } },
        ),
        provideEffects(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoForTests('en'),
        provideIconsForTests(),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
    harness = await RouterTestingHarness.create();
  }

  const heading = (): string =>
    harness.routeNativeElement?.querySelector('h1')?.textContent.trim() ?? '';
  const url = (): string => TestBed.inject(Router).url;

  describe('signed in', () => {
    beforeEach(() => start(signedInAs(FOCAL_POINT)));

    describe('at /', () => {
      beforeEach(async () => {
        await harness.navigateByUrl('/');
      });

      it('lazily loads the overview', () => {
        expect(heading()).toBe('Overview');
      });

      it('titles the tab "Overview · Prague Process Monitor"', () => {
        expect(TestBed.inject(Title).getTitle()).toBe('Overview · Prague Process Monitor');
      });
    });

    describe('at an unknown address', () => {
      beforeEach(async () => {
        await harness.navigateByUrl('/no/such/page');
      });

      it('shows the friendly not-found page', () => {
        expect(heading()).toBe('We could not find this page');
      });

      it('titles the tab "Page not found · Prague Process Monitor"', () => {
        expect(TestBed.inject(Title).getTitle()).toBe('Page not found · Prague Process Monitor');
      });
    });

    describe('at a page the role may not use (a focal point at /people)', () => {
      beforeEach(async () => {
        await harness.navigateByUrl('/people');
      });

      it('explains kindly instead, naming the role', () => {
        expect(url()).toBe('/not-allowed');
        expect(heading()).toBe('This page is not available to you');
        expect(harness.routeNativeElement?.textContent).toContain('National focal point');
      });
    });
  });

  describe('signed in as an admin, at /people', () => {
    beforeEach(async () => {
      await start(signedInAs(ADMIN));
      await harness.navigateByUrl('/people');
    });

    it('opens the people page, titled in the tab', () => {
      expect(url()).toBe('/people');
      expect(TestBed.inject(Title).getTitle()).toBe('People · Prague Process Monitor');
    });
  });

  describe('signed out', () => {
    beforeEach(() => start(signedOut));

    it('shows the sign-in page at /', async () => {
      await harness.navigateByUrl('/');

      expect(url()).toBe('/sign-in');
      expect(heading()).toBe('Sign in');
      expect(TestBed.inject(Title).getTitle()).toBe('Sign in · Prague Process Monitor');
    });

    it('signs in first for any other page, and comes back to it', async () => {
      await harness.navigateByUrl('/profile');

      expect(url()).toBe('/sign-in?returnUrl=%2Fprofile');
    });

    it('opens an invitation link', async () => {
      await harness.navigateByUrl('/invitation/abcdefghijklmnopqrstuvwxyz');

      expect(url()).toBe('/invitation/abcdefghijklmnopqrstuvwxyz');
      expect(TestBed.inject(Title).getTitle()).toBe('Set your password · Prague Process Monitor');
    });
  });
});
