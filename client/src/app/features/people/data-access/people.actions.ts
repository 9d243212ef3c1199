import { createActionGroup, emptyProps, props } from '@ngrx/store';

import type { ApiError } from '../../../core/http';
import type { Account, NewPerson, PeopleFilter, PersonChanges, StateOption } from './people.api';

/** Events from the people page (admins). */
export const PeoplePageActions = createActionGroup({
  source: 'People Page',
  events: {
    Opened: emptyProps(),
    'Filter Changed': props<{ filter: PeopleFilter }>(),
    'Active Change Confirmed': props<{ id: string; active: boolean }>(),
    'Password Reset Confirmed': props<{ id: string }>(),
    'Invitation Resend Clicked': props<{ id: string }>(),
    'Reset Link Dismissed': emptyProps(),
  },
});

/** Events from the dialog that invites a person or edits one. */
export const PersonDialogActions = createActionGroup({
  source: 'Person Dialog',
  events: {
    Opened: emptyProps(),
    'Invite Submitted': props<{ person: NewPerson }>(),
    'Edit Submitted': props<{ id: string; changes: PersonChanges }>(),
  },
});

/** Answers of the users and states API. */
export const PeopleApiActions = createActionGroup({
  source: 'People API',
  events: {
    'People Loaded': props<{ people: Account[] }>(),
    'People Load Failed': props<{ error: ApiError }>(),
    'States Loaded': props<{ states: StateOption[] }>(),
    'States Load Failed': props<{ error: ApiError }>(),
    'Person Invited': props<{ user: Account; inviteUrl: string | null }>(),
    'Person Invite Failed': props<{ error: ApiError }>(),
    'Person Edited': props<{ user: Account }>(),
    'Person Edit Failed': props<{ error: ApiError }>(),
    'Active Changed': props<{ user: Account }>(),
    'Active Change Failed': props<{ id: string; error: ApiError }>(),
    'Password Reset Started': props<{ id: string; resetUrl: string | null }>(),
    'Password Reset Failed': props<{ id: string; error: ApiError }>(),
    'Invitation Resent': props<{ user: Account; inviteUrl: string | null }>(),
    'Invitation Resend Failed': props<{ id: string; error: ApiError }>(),
  },
});
