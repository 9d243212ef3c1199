import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Locale, User } from '@ppm/shared';

import type { ApiError } from '../http/api-error';

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

/** Events from the session's life outside any page: start-up and the API's answers. */
export const SessionActions = createActionGroup({
  source: 'Session',
  events: {
    /** The server still knew the person when the app started. */
    Restored: props<{ user: User }>(),
    /** Nobody was signed in when the app started. */
    Absent: emptyProps(),
    /** Start-up could not find out (server unreachable or failing). */
    'Restore Failed': props<{ error: ApiError }>(),
    /** An API call answered 401: the session ended (expired, or ended elsewhere). */
    Expired: emptyProps(),
  },
});

/** Events from the sign-in page. */
export const SignInPageActions = createActionGroup({
  source: 'Sign-in Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ credentials: Credentials; returnUrl: string | null }>(),
  },
});

/** Events from the toolbar and its user menu. */
export const ShellActions = createActionGroup({
  source: 'Shell',
  events: {
    'Sign Out Clicked': emptyProps(),
    /** "Use Русский for emails too?" answered yes, after switching the screen's language. */
    'Account Language Accepted': props<{ locale: Locale }>(),
  },
});

/** Answers of the `/auth` API that change who is signed in or what we know of them. */
export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Sign In Succeeded': props<{ user: User; returnUrl: string | null }>(),
    'Sign In Failed': props<{ error: ApiError }>(),
    'Sign Out Succeeded': emptyProps(),
    'Sign Out Failed': props<{ error: ApiError }>(),
    /** The language picked in the toolbar was saved to the account. */
    'Language Saved': props<{ user: User }>(),
    'Language Save Failed': props<{ error: ApiError }>(),
    /** Name or language saved from the profile page. */
    'Profile Saved': props<{ user: User }>(),
    'Profile Save Failed': props<{ error: ApiError }>(),
    /** Own password changed (profile, or the forced change after a one-time password). */
    'Password Changed': props<{ user: User }>(),
    'Password Change Failed': props<{ error: ApiError }>(),
    /** Password set through an invitation or reset link; the person is now signed in. */
    'Password Set': props<{ user: User }>(),
    'Password Set Failed': props<{ error: ApiError }>(),
  },
});
