export { AuthApi } from './data-access/auth.api';
export { CHANGE_PASSWORD_PATH, NOT_ALLOWED_PATH, SIGN_IN_PATH } from './paths';
export { HOME_URL, safeReturnUrl } from './return-url';
export { APP_ROLES, APP_STATE_ROLES, isAppStateRole, isRole } from './roles';
export {
  AuthApiActions,
  type Credentials,
  SessionActions,
  ShellActions,
  SignInPageActions,
} from './session.actions';
export * as sessionEffects from './session.effects';
export {
  type SessionState,
  type SessionStatus,
  initialSessionState,
  selectIsResolved,
  selectIsSignedIn,
  selectMustChangePassword,
  selectRole,
  selectSessionError,
  selectSessionState,
  selectSessionStatus,
  selectUser,
  sessionFeature,
} from './session.feature';
export { roleIn, signedIn, signedInAnyPassword, signedOut } from './session.guards';
