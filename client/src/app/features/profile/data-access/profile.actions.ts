import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { Locale, LocalizedText, PersonalToken } from '@ppm/shared';

import type { ApiError } from '../../../core/http';
import type { CreatedToken, NewToken } from './personal-tokens.api';

export interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
}

/** Events from the profile page. */
export const ProfilePageActions = createActionGroup({
  source: 'Profile Page',
  events: {
    Opened: emptyProps(),
    'Details Submitted': props<{ changes: { name: string; locale: Locale } }>(),
    'Password Submitted': props<{ change: PasswordChange }>(),
    'Token Create Submitted': props<{ token: NewToken }>(),
    'Token Revoke Confirmed': props<{ id: string }>(),
    'Created Token Dismissed': emptyProps(),
  },
});

/** Events from the page that makes a person replace a one-time password. */
export const ChangePasswordPageActions = createActionGroup({
  source: 'Change Password Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ change: PasswordChange; returnUrl: string | null }>(),
  },
});

/** Answers of the personal token API. */
export const PersonalTokensApiActions = createActionGroup({
  source: 'Personal Tokens API',
  events: {
    'Tokens Loaded': props<{ tokens: PersonalToken[] }>(),
    'Tokens Load Failed': props<{ error: ApiError }>(),
    'Token Created': props<{ token: CreatedToken }>(),
    'Token Create Failed': props<{ error: ApiError }>(),
    'Token Revoked': props<{ id: string }>(),
    'Token Revoke Failed': props<{ id: string; error: ApiError }>(),
  },
});

/** Answers about the person's state. */
export const StateNamesApiActions = createActionGroup({
  source: 'State Names API',
  events: {
    'State Name Loaded': props<{ stateName: LocalizedText | null }>(),
    'State Name Load Failed': props<{ error: ApiError }>(),
  },
});
