import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';

import { sessionFeature } from '../../../core/session';
import { FOCAL_POINT } from '../../../../testing/fixtures';
import { initialNotificationsState } from './notifications.feature';
import { NotificationsRegistration } from './notifications-registration';
import { NOTIFICATIONS } from './testing/notifications-fixture';

describe('NotificationsRegistration', () => {
  let store: Store;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideStore(
          { session: sessionFeature.reducer },
          { initialState: { session: { user: FOCAL_POINT, status: 'signed_in', error: null } } },
        ),
        provideEffects(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    store = TestBed.inject(Store);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('adds the slice and its effects to the running store, once', () => {
    const registration = TestBed.inject(NotificationsRegistration);
    registration.register();
    registration.register();

    let slice: unknown;
    store
      .select((state: object) => (state as Record<string, unknown>)['notifications'])
      .subscribe((value) => {
        slice = value;
      });
    // Someone is signed in: the poll has its first look at once.
    expect(slice).toEqual({ ...initialNotificationsState, status: 'loading' });
    http
      .expectOne({ method: 'GET', url: '/api/v1/notifications' })
      .flush({ items: NOTIFICATIONS, unreadCount: 2 });

    expect(slice).toEqual(jasmine.objectContaining({ unreadCount: 2, status: 'loaded' }));
  });
});
