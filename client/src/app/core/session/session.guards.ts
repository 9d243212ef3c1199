import { inject } from '@angular/core';
import { type CanMatchFn, Router, type UrlTree } from '@angular/router';
import { Store } from '@ngrx/store';
import type { Role, User } from '@ppm/shared';
import { type Observable, filter, map, take } from 'rxjs';

import { CHANGE_PASSWORD_PATH, NOT_ALLOWED_PATH, SIGN_IN_PATH } from './paths';
import { HOME_URL } from './return-url';
import { selectSessionState } from './session.feature';

/** The signed-in person (or null) once start-up has heard from the server. */
function knownUser(): Observable<User | null> {
  return inject(Store)
    .select(selectSessionState)
    .pipe(
      filter((session) => session.status !== 'unknown'),
      take(1),
      map((session) => session.user),
    );
}

/** The address being navigated to, to come back to after signing in. */
function attemptedUrl(router: Router): string | null {
  const target = router.currentNavigation()?.extractedUrl;
  const url = target ? router.serializeUrl(target) : null;
  return url && url !== HOME_URL ? url : null;
}

/** A page that comes back to the attempted address afterwards. */
function detourTo(path: string, router: Router): UrlTree {
  const returnUrl = attemptedUrl(router);
  return router.createUrlTree([path], returnUrl ? { queryParams: { returnUrl } } : {});
}

const signInPage = (router: Router): UrlTree => detourTo(SIGN_IN_PATH, router);
const passwordChangePage = (router: Router): UrlTree => detourTo(CHANGE_PASSWORD_PATH, router);

/**
 * Signed-in people only; others go to the sign-in page (and come back afterwards). A person
 * who still holds a one-time password is sent to change it first.
 */
export const signedIn: CanMatchFn = () => {
  const router = inject(Router);
  return knownUser().pipe(
    map((user) => {
      if (!user) {
        return signInPage(router);
      }
      return user.mustChangePassword ? passwordChangePage(router) : true;
    }),
  );
};

/** The password change page: any signed-in person, even one holding a one-time password. */
export const signedInAnyPassword: CanMatchFn = () => {
  const router = inject(Router);
  return knownUser().pipe(map((user) => user !== null || signInPage(router)));
};

/** The sign-in page: a person already signed in goes home instead. */
export const signedOut: CanMatchFn = () => {
  const router = inject(Router);
  return knownUser().pipe(map((user) => user === null || router.createUrlTree([HOME_URL])));
};

/**
 * Only the listed roles; anyone else sees the friendly "not allowed" page (the route's code is
 * never even loaded for them). Use beneath `signedIn`.
 */
export function roleIn(...roles: Role[]): CanMatchFn {
  return () => {
    const router = inject(Router);
    return knownUser().pipe(
      map((user) => {
        if (!user) {
          return signInPage(router);
        }
        return roles.includes(user.role) || router.createUrlTree([NOT_ALLOWED_PATH]);
      }),
    );
  };
}
