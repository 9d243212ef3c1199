export { AccountLinksApi, type LinkDescription, type LinkPurpose } from './account-links.api';
export {
  AccountLinksApiActions,
  ForgotPasswordFormActions,
  SetPasswordPageActions,
} from './auth-pages.actions';
export * as authPagesEffects from './auth-pages.effects';
export {
  type AuthPagesState,
  type LinkProblem,
  authPagesFeature,
  initialAuthPagesState,
  selectLink,
  selectLinkError,
  selectLinkProblem,
  selectLinkStatus,
  selectResetError,
  selectResetStatus,
} from './auth-pages.feature';
