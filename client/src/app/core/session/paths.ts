/** Where a signed-out person signs in. */
export const SIGN_IN_PATH = '/sign-in';
/** Where a person replaces a one-time password before anything else. */
export const CHANGE_PASSWORD_PATH = '/change-password';
/** Where a person lands who followed a link their role may not use. */
export const NOT_ALLOWED_PATH = '/not-allowed';
