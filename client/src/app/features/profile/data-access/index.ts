export { type CreatedToken, type NewToken, PersonalTokensApi } from './personal-tokens.api';
export {
  ChangePasswordPageActions,
  type PasswordChange,
  PersonalTokensApiActions,
  ProfilePageActions,
  StateNamesApiActions,
} from './profile.actions';
export * as profileEffects from './profile.effects';
export { StateNamesApi } from './state-names.api';
export {
  type LoadStatus,
  type ProfileState,
  type SaveStatus,
  initialProfileState,
  profileFeature,
  selectAllTokens,
  selectCreatedToken,
  selectDetailsError,
  selectDetailsStatus,
  selectPasswordError,
  selectPasswordStatus,
  selectRevokingIds,
  selectStateName,
  selectTokenCreateError,
  selectTokenCreateStatus,
  selectTokensStatus,
  tokensAdapter,
} from './profile.feature';
