import { createActionGroup, emptyProps, props } from '@ngrx/store';

import type { ApiError } from '../../../core/http';
import type { LinkDescription } from './account-links.api';

/** Events from the "forgot password" form on the sign-in page. */
export const ForgotPasswordFormActions = createActionGroup({
  source: 'Forgot Password Form',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ email: string }>(),
  },
});

/** Events from the page behind an invitation or password reset link. */
export const SetPasswordPageActions = createActionGroup({
  source: 'Set Password Page',
  events: {
    Opened: props<{ secret: string }>(),
    Submitted: props<{ secret: string; password: string }>(),
  },
});

/** Answers about one-time links and reset requests. */
export const AccountLinksApiActions = createActionGroup({
  source: 'Account Links API',
  events: {
    'Reset Requested': emptyProps(),
    'Reset Request Failed': props<{ error: ApiError }>(),
    'Link Described': props<{ link: LinkDescription }>(),
    'Link Description Failed': props<{ error: ApiError }>(),
  },
});
