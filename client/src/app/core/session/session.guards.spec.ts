import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, type Routes, provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { User } from '@ppm/shared';

import { ADMIN, FOCAL_POINT } from '../../../testing/fixtures';
import { roleIn, signedIn, signedInAnyPassword, signedOut } from './session.guards';
import { type SessionState, initialSessionState } from './session.feature';

@Component({
  selector: 'app-guarded-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Page {}

/** The app's shape, in small. */
const routes: Routes = [
  { path: 'sign-in', canMatch: [signedOut], component: Page },
  { path: 'change-password', canMatch: [signedInAnyPassword], component: Page },
  {
    path: '',
    canMatch: [signedIn],
    children: [
      { path: 'people', canMatch: [roleIn('admin')], component: Page },
      { path: 'not-allowed', component: Page },
      { path: '', component: Page },
    ],
  },
];

const signedInAs = (user: User): SessionState => ({ user, status: 'signed_in', error: null });
const signedOutState: SessionState = { user: null, status: 'signed_out', error: null };

describe('session guards', () => {
  let router: Router;
  let store: MockStore;

  function setUp(session: SessionState): void {
    TestBed.configureTestingModule({
      providers: [provideRouter(routes), provideMockStore({ initialState: { session } })],
    });
    router = TestBed.inject(Router);
    store = TestBed.inject(MockStore);
  }

  async function visit(url: string): Promise<string> {
    await router.navigateByUrl(url);
    return router.url;
  }

  describe('for an admin', () => {
    beforeEach(() => setUp(signedInAs(ADMIN)));

    it('opens the admin pages and home', async () => {
      expect(await visit('/people')).toBe('/people');
      expect(await visit('/')).toBe('/');
    });

    it('sends a visit of the sign-in page home', async () => {
      expect(await visit('/sign-in')).toBe('/');
    });
  });

  describe('for a focal point', () => {
    beforeEach(() => setUp(signedInAs(FOCAL_POINT)));

    it('opens home', async () => {
      expect(await visit('/')).toBe('/');
    });

    it('shows the "not allowed" page instead of the admin pages', async () => {
      expect(await visit('/people')).toBe('/not-allowed');
    });
  });

  describe('for someone signed out', () => {
    beforeEach(() => setUp(signedOutState));

    it('opens the sign-in page', async () => {
      expect(await visit('/sign-in')).toBe('/sign-in');
    });

    it('sends every other page to sign-in, remembering where they wanted to go', async () => {
      expect(await visit('/people?role=admin')).toBe('/sign-in?returnUrl=%2Fpeople%3Frole%3Dadmin');
      expect(await visit('/change-password')).toBe('/sign-in?returnUrl=%2Fchange-password');
    });

    it('does not bother remembering the home page', async () => {
      expect(await visit('/')).toBe('/sign-in');
    });
  });

  describe('for a person holding a one-time password', () => {
    beforeEach(() => setUp(signedInAs({ ...ADMIN, mustChangePassword: true })));

    it('sends every page to the password change, coming back afterwards', async () => {
      expect(await visit('/')).toBe('/change-password');
      expect(await visit('/people')).toBe('/change-password?returnUrl=%2Fpeople');
    });

    it('opens the password change page', async () => {
      expect(await visit('/change-password')).toBe('/change-password');
    });
  });

  describe('while start-up has not heard from the server', () => {
    beforeEach(() => setUp(initialSessionState));

    it('waits, then decides by the answer', async () => {
      const visited = visit('/people');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(router.url).toBe('/');

      store.setState({ session: signedInAs(ADMIN) });

      expect(await visited).toBe('/people');
    });
  });
});
